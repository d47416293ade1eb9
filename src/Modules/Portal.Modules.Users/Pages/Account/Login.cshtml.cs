using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Accounts;
using Portal.Modules.Users.Features.SignIn;

namespace Portal.Modules.Users.Pages.Account;

/// <summary>
/// Sign-in with user name (or a retiree's mobile number) and password. Five failures lock the account for
/// 15 minutes; posts are rate-limited per IP and per account; every outcome is audited.
/// </summary>
[SignInEndpoint]
public sealed class LoginModel(SignInManager<PortalUser> signIn, AccountLookup lookup, TwoFactorPolicy twoFactor, IAuditLog audit) : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = "请填写用户名（或手机号）和密码。";
            return Page();
        }

        var typed = UserName.Trim();
        var user = await lookup.FindAsync(typed, HttpContext.RequestAborted);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        var account = user?.UserName ?? typed;
        await audit.WriteAsync(new AuditEntry(AuditActions.SignIn, "登录", result.Succeeded || result.RequiresTwoFactor ? AuditOutcome.Success : AuditOutcome.Failure)
        {
            Account = account,
            Detail = result switch
            {
                { Succeeded: true } => "密码正确",
                { RequiresTwoFactor: true } => "密码正确，等待验证码",
                { IsLockedOut: true } => "账号已锁定",
                _ => user is null ? "账号不存在" : "密码错误",
            },
        }, HttpContext.RequestAborted);

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("LoginTwoFactor", new { ReturnUrl });
        }

        if (result.Succeeded)
        {
            // The site requires a second factor and this account has none: it may only enrol one now.
            if (!user!.TwoFactorEnabled && await twoFactor.RequiredForAsync(user))
            {
                return RedirectToPage("TwoFactor", new { ReturnUrl });
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Url.Content("~/admin"));
        }

        Error = result.IsLockedOut
            ? "密码连续输错 5 次，账号已锁定 15 分钟。请稍后再试，或联系系统管理员解锁。"
            : "用户名或密码不正确。老同志也可以用手机号登录。";
        return Page();
    }
}

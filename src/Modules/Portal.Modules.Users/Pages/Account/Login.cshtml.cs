using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Core.Web;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Accounts;
using Portal.Modules.Users.Features.SignIn;

namespace Portal.Modules.Users.Pages.Account;

/// <summary>
/// Sign-in with user name (or a retiree's mobile number) and password. Five failures lock the account for
/// 15 minutes; posts are rate-limited per IP and per account; every outcome is audited. The form is the same
/// for every visitor, so it is a cached public page: it carries no antiforgery token, and a post from another
/// site is refused by the browser's origin headers instead (ADR 0037). The sign-in services come into the POST
/// handler only: showing the form builds no identity or database services.
/// </summary>
[SignInEndpoint]
[PublicPage]
[IgnoreAntiforgeryToken]
[SameOriginForm]
internal sealed class LoginModel : PageModel
{
    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public const string FailureMessage = "用户名或密码不正确，或因连续输错 5 次已暂时锁定（15 分钟后自动解除，也可请系统管理员解锁）。老同志也可以用手机号登录。";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(
        [FromServices] SignInManager<PortalUser> signIn,
        [FromServices] AccountLookup lookup,
        [FromServices] TwoFactorPolicy twoFactor,
        [FromServices] IAuditLog audit)
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
            // Staff reset this password: the holder's own new one comes before anything else.
            if ((await signIn.UserManager.GetClaimsAsync(user!)).Any(c => c.Type == PortalClaimTypes.PasswordChangeRequired))
            {
                return RedirectToPage("Password");
            }

            // The site requires a second factor and this account has none: it may only enrol one now.
            if (!user!.TwoFactorEnabled && await twoFactor.RequiredForAsync(user))
            {
                return RedirectToPage("TwoFactor", new { ReturnUrl });
            }

            return LocalRedirect(LocalUrl.Safe(ReturnUrl) ?? Url.Content("~/admin"));
        }

        // One message whether the account exists, is locked or the password is wrong: a different text for a
        // locked account would tell a stranger which user names are real.
        Error = FailureMessage;
        return Page();
    }
}

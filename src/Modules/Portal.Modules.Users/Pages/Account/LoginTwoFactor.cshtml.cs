using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Core.Web;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Pages.Account;

/// <summary>Second step of sign-in: the six digits from the authenticator app. Failures count toward the lockout.</summary>
[SignInEndpoint]
internal sealed class LoginTwoFactorModel(SignInManager<PortalUser> signIn, IAuditLog audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
        => await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("Login");
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        await audit.WriteAsync(new AuditEntry(AuditActions.SignIn, "登录（验证码）", result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure)
        {
            Account = user.UserName,
            Detail = result.Succeeded ? "验证码正确" : result.IsLockedOut ? "账号已锁定" : "验证码错误",
        }, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            if ((await signIn.UserManager.GetClaimsAsync(user)).Any(c => c.Type == PortalClaimTypes.PasswordChangeRequired))
            {
                return RedirectToPage("Password");
            }

            return LocalRedirect(LocalUrl.Safe(ReturnUrl) ?? Url.Content("~/admin"));
        }

        Error = result.IsLockedOut ? "错误次数过多，账号已锁定 15 分钟。" : "验证码不正确，请查看手机上身份验证器显示的最新 6 位数字。";
        return Page();
    }
}

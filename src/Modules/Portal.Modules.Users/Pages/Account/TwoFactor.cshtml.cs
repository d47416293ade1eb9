using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Core.Web;
using Portal.Core.Themes;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Pages.Account;

/// <summary>
/// Enrols an authenticator app (TOTP, RFC 6238, as Identity's authenticator provider implements it):
/// shows the key and the otpauth:// address, and switches the second factor on once a code checks out.
/// </summary>
[Authorize]
internal sealed class TwoFactorModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, SiteIdentity site, IAuditLog audit) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string Key { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public bool Enabled { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = "验证码不正确。请确认手机时间准确，并输入身份验证器上显示的最新 6 位数字。";
            await LoadAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await audit.WriteAsync(new AuditEntry(AuditActions.TwoFactorEnrol, $"账号 {user.UserName}"), HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "双重验证已开启。以后登录时，输入密码后还需输入身份验证器上的验证码。";
        return LocalRedirect(LocalUrl.Safe(ReturnUrl) ?? Url.Content("~/admin"));
    }

    private async Task LoadAsync(PortalUser user)
    {
        Enabled = user.TwoFactorEnabled;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp, which every request checks: keep this session valid.
            await signIn.RefreshSignInAsync(user);
        }

        Key = Group(key!);
        var issuer = Uri.EscapeDataString(site.SiteName);
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer={issuer}&digits=6";
    }

    private static string Group(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return grouped.ToString().TrimEnd().ToLowerInvariant();
    }
}

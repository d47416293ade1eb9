using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Pages.Account;

/// <summary>Anyone signed in changes their own password, e.g. right after staff reset it.</summary>
[Authorize]
internal sealed class PasswordModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, IAuditLog audit) : PageModel
{
    [BindProperty]
    public string? Current { get; set; }

    [BindProperty]
    public string? Next { get; set; }

    [BindProperty]
    public string? Repeat { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>Staff reset the password: nothing else opens until the holder picks a new one.</summary>
    public bool Required => User.HasClaim(c => c.Type == PortalClaimTypes.PasswordChangeRequired);

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(Next) || Next != Repeat)
        {
            Errors = ["两次输入的新密码不一致。"];
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Current ?? "", Next);
        await audit.WriteAsync(new AuditEntry(AuditActions.PasswordChange, $"账号 {user.UserName}", result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            Errors = [.. result.Errors.Select(e => e.Code == "PasswordMismatch" ? "原密码不正确。" : e.Description)];
            return Page();
        }

        if ((await users.GetClaimsAsync(user)).Where(c => c.Type == PortalClaimTypes.PasswordChangeRequired).ToList() is { Count: > 0 } required)
        {
            await users.RemoveClaimsAsync(user, required);
        }

        // The stamp changed with the password: every other copy of the session has ended; this one continues.
        await signIn.RefreshSignInAsync(user);
        TempData["Message"] = "密码已修改。";
        return LocalRedirect(Url.Content("~/"));
    }
}

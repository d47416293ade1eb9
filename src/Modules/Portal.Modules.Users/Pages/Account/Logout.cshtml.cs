using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Pages.Account;

internal sealed class LogoutModel(SignInManager<PortalUser> signIn, UserManager<PortalUser> users, IAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            // A new stamp ends this session on the server: a copied cookie is refused from the next request on.
            if (await users.GetUserAsync(User) is { } user)
            {
                await users.UpdateSecurityStampAsync(user);
            }

            await audit.WriteAsync(new AuditEntry(AuditActions.SignOut, "退出登录"), HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/"));
    }
}

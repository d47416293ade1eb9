using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Pages.Account;

public sealed class LogoutModel(SignInManager<PortalUser> signIn, IAuditLog audit) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.WriteAsync(new AuditEntry(AuditActions.SignOut, "退出登录"), HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        return LocalRedirect(Url.Content("~/"));
    }
}

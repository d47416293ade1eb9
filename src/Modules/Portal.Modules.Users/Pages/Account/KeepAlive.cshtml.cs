using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Modules.Users.Pages.Account;

/// <summary>
/// The 「继续使用」 button posts here: a signed-in request renews the session cookie (see SessionCookieEvents),
/// so the idle timeout starts again. Antiforgery-checked like every post.
/// </summary>
[Authorize]
internal sealed class KeepAliveModel : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public IActionResult OnPost() => StatusCode(StatusCodes.Status204NoContent);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Web;
using Portal.Modules.Policies.Features.ShowPolicy;

namespace Portal.Modules.Policies.Pages.Policies;

/// <summary>One document: metadata table, validity banner, body, attachments; the publisher when inherited.</summary>
internal sealed class ShowModel(PolicyReader reader) : PageModel
{
    public PolicyView View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await reader.FindAsync(id, From, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        PublicPageCache.DependsOn(HttpContext, view.Source.Name);
        return Page();
    }

    /// <summary>Link to another document of the same publisher, as seen from this site.</summary>
    public string DocumentUrl(long id)
        => Url.Content($"~/policies/{id}") + (View.Source.IsOwn ? "" : "?from=" + Uri.EscapeDataString(View.Source.Name));

    public string AttachmentUrl(long attachmentId)
        => Url.Content($"~/policies/{View.Document.Id}/attachments/{attachmentId}") + (View.Source.IsOwn ? "" : "?from=" + Uri.EscapeDataString(View.Source.Name));
}

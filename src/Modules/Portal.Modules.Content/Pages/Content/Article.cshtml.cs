using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content.Features.Reading;

namespace Portal.Modules.Content.Pages.Content;

/// <summary>One item: title, source and time, body, read-aloud, previous/next in its column, print button.</summary>
internal sealed class ArticleModel(ContentReader reader) : PageModel
{
    public ItemPage View { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await reader.ItemAsync(id, From, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Modules.Content.Features.Reading;

namespace Portal.Modules.Content.Pages.Content;

/// <summary>A column's list: pinned first, newest first, 20 a page; the city's and province's shared items labelled with their source.</summary>
internal sealed class ColumnModel(ContentReader reader) : PageModel
{
    public ColumnPage View { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int page = 1)
    {
        if (await reader.ColumnAsync(slug, page, HttpContext.RequestAborted) is not { } view || view.Total == 0)
        {
            return NotFound();
        }

        View = view;
        Today = reader.Today;
        return Page();
    }

    public string PageUrl(int number) => Url.Content($"~/columns/{View.Column.Slug}") + (number > 1 ? $"?page={number}" : "");
}

using Microsoft.AspNetCore.Authorization;
using Portal.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.Synonyms;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Pages.Admin.Policies;

/// <summary>The site's search synonyms: one group per line, words separated by spaces.</summary>
[RequirePermission(Permissions.Administer)]
internal sealed class SynonymsModel(PoliciesDbContext db, SynonymWriter writer) : PageModel
{
    [BindProperty]
    public string Text { get; set; } = "";

    /// <summary>A word from the search report that found nothing: started as a new line for the editor to complete.</summary>
    public string? Adding { get; private set; }

    public async Task OnGetAsync(string? add)
    {
        var groups = await db.Synonyms.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Terms).ToListAsync(HttpContext.RequestAborted);
        Adding = string.IsNullOrWhiteSpace(add) ? null : string.Join(' ', SynonymGroup.Split(add));
        Text = string.Join('\n', Adding is null ? groups : groups.Append(Adding + " "));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var lines = (Text ?? "").Split('\n');
        if (SynonymWriter.Check(lines) is { Count: > 0 } bad)
        {
            ModelState.AddModelError(nameof(Text), $"第 {string.Join("、", bad.Select(i => i + 1))} 行只有一个词：" + SynonymWriter.TooFewWords);
            return Page();
        }

        await writer.ReplaceAllAsync(lines, HttpContext.RequestAborted);
        TempData["Message"] = "同义词已保存，立即用于本站检索。";
        return RedirectToPage();
    }
}

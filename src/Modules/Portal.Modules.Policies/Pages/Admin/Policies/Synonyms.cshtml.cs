using Microsoft.AspNetCore.Authorization;
using Portal.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.Synonyms;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Pages.Admin.Policies;

/// <summary>The site's search synonyms: one group per line, words separated by spaces.</summary>
[RequirePermission(Permissions.Administer)]
public sealed class SynonymsModel(PoliciesDbContext db, TenantContext tenant) : PageModel
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
        var lines = (Text ?? "").Split('\n').Select(SynonymGroup.Split).ToList();
        var bad = lines.Select((terms, i) => (terms, line: i + 1)).Where(p => p.terms.Count == 1).Select(p => p.line).ToList();
        if (bad.Count > 0)
        {
            ModelState.AddModelError(nameof(Text), $"第 {string.Join("、", bad)} 行只有一个词：一组同义词至少要有两个词。");
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(HttpContext.RequestAborted);
        db.Synonyms.RemoveRange(await db.Synonyms.ToListAsync(HttpContext.RequestAborted));
        db.Synonyms.AddRange(lines.Where(terms => terms.Count > 1).Select(terms => new SynonymGroup { Terms = string.Join(' ', terms) }));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        PolicySynonyms.Invalidate(tenant.RequiredShell);
        TempData["Message"] = "同义词已保存，立即用于本站检索。";
        return RedirectToPage();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;

namespace Portal.Modules.Content.Pages.Admin.Content;

/// <summary>Every version of an item, who made it and when; a version's changes against the one before; 恢复 makes it the newest draft.</summary>
[RequirePermission(Permissions.Edit)]
internal sealed class HistoryModel(ContentDbContext db, ContentWriter writer) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    public IReadOnlyList<ContentRevision> Revisions { get; private set; } = [];

    public ContentRevision? Shown { get; private set; }

    public ContentRevision? Before { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? id, int? number)
    {
        if (id is null || !await LoadAsync(id.Value))
        {
            return NotFound();
        }

        Shown = Revisions.FirstOrDefault(r => r.Number == (number ?? Item.LatestNumber));
        Before = Shown is null ? null : Revisions.Where(r => r.Number < Shown.Number).MaxBy(r => r.Number);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(long id, int version, int number)
    {
        try
        {
            await writer.RestoreAsync(id, version, number, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        }
        catch (ContentException refused)
        {
            TempData["Message"] = refused.Message;
            return Redirect(Url.Content($"~/admin/content/history/{id}"));
        }

        TempData["Message"] = $"已把第 {number} 版恢复为最新草稿，检查后请发布。";
        return Redirect(Url.Content($"~/admin/content/edit/{id}"));
    }

    private async Task<bool> LoadAsync(long id)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, HttpContext.RequestAborted);
        if (item is null)
        {
            return false;
        }

        Item = item;
        Revisions = await db.Revisions.AsNoTracking().Where(r => r.ItemId == id).OrderByDescending(r => r.Number).ToListAsync(HttpContext.RequestAborted);
        return true;
    }
}

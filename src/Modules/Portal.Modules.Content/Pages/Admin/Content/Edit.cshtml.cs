using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.Reading;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;

namespace Portal.Modules.Content.Pages.Admin.Content;

/// <summary>
/// Writing an item: 保存草稿, 发布 (or 定时发布 with a future time), 提交审核 in a column that needs review, 撤回发布.
/// Every button saves the form first; a stale form is refused by the writer with the fields kept on the page.
/// </summary>
[RequirePermission(Permissions.Edit)]
internal sealed class EditModel(ContentDbContext db, ContentWriter writer, TenantContext tenant) : PageModel
{
    /// <summary>The cover and attachment fields show only where the site has its media library on.</summary>
    public bool HasMedia => tenant.RequiredShell.HasFeature(MediaReferences.MediaFeature);

    [BindProperty]
    public ContentInput Input { get; set; } = new();

    public ContentItem? Item { get; private set; }

    public IReadOnlyList<Column> Columns { get; private set; } = [];

    public Column? CurrentColumn => Columns.FirstOrDefault(c => c.Slug == Input.Column);

    public async Task<IActionResult> OnGetAsync(long? id, string? column)
    {
        await LoadColumnsAsync();
        if (id is null)
        {
            Input.Column = column ?? (Columns.Count > 0 ? Columns[0].Slug : "");
            return Page();
        }

        Item = await db.Items.AsNoTracking().Include(i => i.Column).FirstOrDefaultAsync(i => i.Id == id, HttpContext.RequestAborted);
        if (Item is null)
        {
            return NotFound();
        }

        var latest = await db.Revisions.AsNoTracking().FirstAsync(r => r.ItemId == Item.Id && r.Number == Item.LatestNumber, HttpContext.RequestAborted);
        Input = ContentWriter.ToInput(Item, latest);
        return Page();
    }

    public Task<IActionResult> OnPostAsync() => RunAsync(async item => { TempData["Message"] = "已保存草稿。"; await Task.CompletedTask; });

    public Task<IActionResult> OnPostPublishAsync() => RunAsync(async item =>
    {
        var outcome = await writer.PublishAsync(item.Id, item.Version, UserName, Input.PublishAt, HttpContext.RequestAborted);
        TempData["Message"] = outcome == PublishOutcome.Scheduled ? $"已安排在 {Input.PublishAt:yyyy-MM-dd HH:mm} 发布。" : "已发布，读者现在就能看到。";
    });

    public Task<IActionResult> OnPostSubmitAsync() => RunAsync(async item =>
    {
        await writer.SubmitAsync(item.Id, item.Version, UserName, Input.PublishAt, HttpContext.RequestAborted);
        TempData["Message"] = "已提交审核，审核员通过后发布。";
    });

    public async Task<IActionResult> OnPostUnpublishAsync()
    {
        try
        {
            await writer.UnpublishAsync(Input.Id, Input.Version, UserName, HttpContext.RequestAborted);
        }
        catch (ContentException refused)
        {
            return await RefusedAsync(refused);
        }

        TempData["Message"] = "已撤回，读者不再能看到这篇内容。";
        return Redirect(Url.Content($"~/admin/content/edit/{Input.Id}"));
    }

    private string UserName => User.Identity?.Name ?? "";

    /// <summary>Saves the form, then does the button's own step on the saved item.</summary>
    private async Task<IActionResult> RunAsync(Func<ContentItem, Task> then)
    {
        ContentItem item;
        try
        {
            item = await writer.SaveAsync(Input, UserName, HttpContext.RequestAborted);
            await then(item);
        }
        catch (ContentException refused)
        {
            return await RefusedAsync(refused);
        }

        return Redirect(Url.Content($"~/admin/content/edit/{item.Id}"));
    }

    private async Task<IActionResult> RefusedAsync(ContentException refused)
    {
        ModelState.AddModelError(refused.Field.Length == 0 ? "" : "Input." + refused.Field, refused.Message);
        await LoadColumnsAsync();
        if (Input.Id != 0)
        {
            Item = await db.Items.AsNoTracking().Include(i => i.Column).FirstOrDefaultAsync(i => i.Id == Input.Id, HttpContext.RequestAborted);
        }

        return Page();
    }

    private async Task LoadColumnsAsync()
        => Columns = await db.Columns.AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(HttpContext.RequestAborted);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Content.Features.Columns;
using Portal.Modules.Content.Features.Reading;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;

namespace Portal.Modules.Content.Pages.Admin.Content;

/// <summary>
/// 栏目设置: the site's columns (name, URL word, order, review step, menu) and which shared columns of the city and
/// province each one lists; below, the shared items shown now, each of which can be hidden on this site.
/// </summary>
[RequirePermission(Permissions.Columns)]
internal sealed class ColumnsModel(ContentDbContext db, ColumnWriter writer, ContentReader reader) : PageModel
{
    public sealed record Shared(string Site, string SiteName, long Id, string Title, string Column, DateTime PublishedAt, bool Hidden);

    [BindProperty]
    public ColumnInput Input { get; set; } = new();

    public IReadOnlyList<Domain.Column> Columns { get; private set; } = [];

    /// <summary>What the ancestors share down, whether or not a column of this site lists it yet.</summary>
    public IReadOnlyList<Shared> SharedItems { get; private set; } = [];

    public async Task OnGetAsync(long? id)
    {
        await LoadAsync();
        if (Columns.FirstOrDefault(c => c.Id == id) is { } column)
        {
            Input = new ColumnInput
            {
                Id = column.Id, Version = column.Version, Slug = column.Slug, Name = column.Name, Order = column.Order,
                RequiresReview = column.RequiresReview, InMenu = column.InMenu,
                Sources = string.Join('\n', column.Sources.Select(s => $"{s.Site}/{s.ColumnSlug}")),
            };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            await writer.SaveAsync(Input, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        }
        catch (ContentException refused)
        {
            ModelState.AddModelError(refused.Field.Length == 0 ? "" : "Input." + refused.Field, refused.Message);
            await LoadAsync();
            return Page();
        }

        TempData["Message"] = $"栏目“{Input.Name}”已保存。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostHideAsync(string site, long id, bool hidden)
    {
        await writer.SetHiddenAsync(site, id, hidden, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        TempData["Message"] = hidden ? "已在本站隐藏这篇共享内容。" : "已恢复显示这篇共享内容。";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var cancel = HttpContext.RequestAborted;
        Columns = await db.Columns.AsNoTracking().Include(c => c.Sources).OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(cancel);
        var hidden = (await db.HiddenShared.AsNoTracking().Select(h => new { h.Site, h.ItemId }).ToListAsync(cancel)).Select(h => (h.Site, h.ItemId)).ToHashSet();
        var shared = new List<Shared>();
        foreach (var source in (await reader.ChainAsync(cancel)).Skip(1))
        {
            var content = await reader.ContentOfAsync(source, cancel);
            shared.AddRange(content.Items.Where(i => i.SharedDown).Take(100)
                .Select(i => new Shared(source.Name, source.DisplayName, i.Id, i.Title, i.ColumnSlug, i.PublishedAt, hidden.Contains((source.Name, i.Id)))));
        }

        SharedItems = shared;
    }
}

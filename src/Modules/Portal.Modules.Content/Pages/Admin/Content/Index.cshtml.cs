using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Persistence;

namespace Portal.Modules.Content.Pages.Admin.Content;

/// <summary>The editors' list: every item of the site with its state (草稿, 已发布, 有新草稿, 待审核, 退回, 定时), filtered by column and title.</summary>
[RequirePermission(Permissions.Edit)]
internal sealed class IndexModel(ContentDbContext db) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(long Id, string Title, string Column, ContentKind Kind, string State, DateTime? PublishedAt, DateTime UpdatedUtc, string UpdatedBy);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Column { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<Domain.Column> Columns { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        Columns = await db.Columns.AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(cancel);
        var query = db.Items.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            query = query.Where(i => i.Title.Contains(text) || i.ExternalId == text);
        }

        if (!string.IsNullOrWhiteSpace(Column))
        {
            query = query.Where(i => i.Column!.Slug == Column);
        }

        Total = await query.CountAsync(cancel);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var rows = await query.OrderByDescending(i => i.UpdatedUtc).ThenByDescending(i => i.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(i => new { i.Id, i.Title, Column = i.Column!.Name, i.Kind, i.PublishedNumber, i.LatestNumber, i.Review, i.PublishAtUtc, i.PublishedAt, i.UpdatedUtc, i.UpdatedBy })
            .ToListAsync(cancel);
        Rows = [.. rows.Select(r => new Row(r.Id, r.Title, r.Column, r.Kind, State(r.PublishedNumber, r.LatestNumber, r.Review, r.PublishAtUtc), r.PublishedAt, r.UpdatedUtc, r.UpdatedBy))];
    }

    public static string State(int? published, int latest, ReviewState review, DateTime? scheduled) => (published, review, scheduled) switch
    {
        (_, ReviewState.Submitted, _) => "待审核",
        (_, ReviewState.Returned, _) => "已退回",
        (_, _, { } at) => $"定时发布（{Portal.Core.ChinaTime.Minutes(at)}）",
        (null, _, _) => "草稿",
        ({ } number, _, _) when number != latest => "已发布，有新草稿",
        _ => "已发布",
    };
}

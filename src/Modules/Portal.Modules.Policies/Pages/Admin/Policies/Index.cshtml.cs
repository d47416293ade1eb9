using Microsoft.AspNetCore.Authorization;
using Portal.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Pages.Admin.Policies;

[RequirePermission(Permissions.Manage)]
internal sealed class IndexModel(PoliciesDbContext db, PolicyIndexer indexer, TenantContext tenant, IAuditLog audit) : PageModel
{
    private const int PageSize = 50;

    public sealed record Row(long Id, string Title, string? DocNumber, DateOnly? PublishedOn, PolicyStatus Status, PolicyValidity Validity, DateTime UpdatedUtc);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));

    public async Task OnGetAsync()
    {
        var query = db.Documents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            query = query.Where(d => d.Title.Contains(text) || (d.DocNumber != null && d.DocNumber.Contains(text)) || d.ExternalId == text);
        }

        Total = await query.CountAsync(HttpContext.RequestAborted);
        PageNumber = Math.Clamp(int.TryParse(Request.Query["page"], out var page) ? page : 1, 1, Pages);
        Rows = await query.OrderByDescending(d => d.UpdatedUtc).ThenByDescending(d => d.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(d => new Row(d.Id, d.Title, d.DocNumber, d.PublishedOn, d.Status, d.Validity, d.UpdatedUtc))
            .ToListAsync(HttpContext.RequestAborted);
    }

    /// <summary>
    /// A rebuild reads every document (tens of seconds on a large library): it is the library administrator's,
    /// and it runs in the background (a task the index's owner performs), never inside the request.
    /// </summary>
    [RequireHandlerPermission(Permissions.Administer)]
    public async Task<IActionResult> OnPostRebuildAsync()
    {
        await indexer.RequestRebuildAsync(tenant.RequiredShell, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        await audit.WriteAsync(new AuditEntry(PolicyAuditActions.Rebuild, "检索索引"), HttpContext.RequestAborted);
        TempData["Message"] = "已请求重建检索索引：网站在后台从数据库重建，通常一分钟内完成，期间检索照常可用。";
        return RedirectToPage();
    }
}

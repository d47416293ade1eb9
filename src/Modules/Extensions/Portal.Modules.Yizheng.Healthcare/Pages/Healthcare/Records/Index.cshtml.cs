using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Yizheng.Healthcare.Domain;
using Portal.Modules.Yizheng.Healthcare.Persistence;

namespace Portal.Modules.Yizheng.Healthcare.Pages.Healthcare.Records;

/// <summary>The register, limited to the units the account may see; every opening is audited (personal health data).</summary>
[RequirePermission(Permissions.ViewRecords)]
public sealed class IndexModel(HealthcareDbContext db, IAuditLog audit) : PageModel
{
    public IReadOnlyList<HealthcareAssignment> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var query = db.Assignments.AsNoTracking();
        if (User.VisibleUnits() is { } units)
        {
            query = query.Where(a => units.Contains(a.Unit));
        }

        Rows = await query.OrderBy(a => a.Unit).ThenBy(a => a.RetireeName).ToListAsync(HttpContext.RequestAborted);
        await audit.WriteAsync(new AuditEntry(AuditActions.PersonList, "健康服务台登记表") { Detail = $"显示 {Rows.Count} 条" }, HttpContext.RequestAborted);
    }
}

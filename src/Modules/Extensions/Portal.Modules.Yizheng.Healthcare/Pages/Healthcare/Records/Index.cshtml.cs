using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Core.Security;
using Portal.Modules.Yizheng.Healthcare.Domain;
using Portal.Modules.Yizheng.Healthcare.Persistence;

namespace Portal.Modules.Yizheng.Healthcare.Pages.Healthcare.Records;

/// <summary>
/// The register, limited to the units the account may see; every opening is audited (personal health data).
/// A 身份证号 or phone typed in the search box is found by its keyed hash: the numbers are sealed.
/// </summary>
[RequirePermission(Permissions.ViewRecords)]
internal sealed class IndexModel(HealthcareDbContext db, PersonalDataProtector protector, IAuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<HealthcareRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var query = db.Assignments.AsNoTracking();
        if (User.VisibleUnits() is { } units)
        {
            query = query.Where(a => units.Contains(a.Unit));
        }

        if (Query?.Trim() is { Length: > 0 } text)
        {
            var idHash = await protector.IdNumberHashAsync(text, cancel);
            var phoneHash = await protector.PhoneHashAsync(text, cancel);
            query = query.Where(a => a.IdNumberHash == idHash || a.PhoneHash == phoneHash || a.RetireeName.Contains(text));
        }

        var records = await query.OrderBy(a => a.Unit).ThenBy(a => a.RetireeName).ToListAsync(cancel);
        var rows = new List<HealthcareRow>(records.Count);
        foreach (var record in records)
        {
            rows.Add(new HealthcareRow(
                record,
                PersonalDataMasking.IdNumber(await protector.UnprotectOptionalAsync(record.IdNumber, HealthcareFields.IdNumber, cancel)),
                PersonalDataMasking.Phone(await protector.UnprotectOptionalAsync(record.Phone, HealthcareFields.Phone, cancel))));
        }

        Rows = rows;
        var detail = $"显示 {Rows.Count} 条" + (string.IsNullOrWhiteSpace(Query) ? "" : "（按条件查找）");
        await audit.WriteAsync(new AuditEntry(AuditActions.PersonList, "健康服务台登记表") { Detail = detail }, cancel);
    }
}

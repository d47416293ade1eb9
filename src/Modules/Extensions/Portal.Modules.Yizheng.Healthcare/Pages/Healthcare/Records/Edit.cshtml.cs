using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Modules.Yizheng.Healthcare.Domain;
using Portal.Modules.Yizheng.Healthcare.Persistence;

namespace Portal.Modules.Yizheng.Healthcare.Pages.Healthcare.Records;

/// <summary>One 离休干部's health-desk record. Viewing and changing it are audited; only the account's units are reachable.</summary>
[RequirePermission(Permissions.ViewRecords)]
[RequirePermission(Permissions.EditRecords)]
public sealed class EditModel(HealthcareDbContext db, TimeProvider clock, IAuditLog audit, PublicPageEviction pages, TenantContext tenant) : PageModel
{
    [BindProperty]
    public HealthcareAssignment Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is null)
        {
            return Page();
        }

        var found = await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted);
        if (found is null || !MayOpen(found.Unit))
        {
            return NotFound();
        }

        await audit.WriteAsync(new AuditEntry(AuditActions.PersonView, Target(found)), HttpContext.RequestAborted);
        Input = found;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.RetireeName))
        {
            ModelState.AddModelError("Input.RetireeName", "请填写姓名。");
            return Page();
        }

        var record = Input.Id == 0 ? new HealthcareAssignment() : await db.Assignments.FirstOrDefaultAsync(a => a.Id == Input.Id, HttpContext.RequestAborted);
        if (record is null || (Input.Id != 0 && !MayOpen(record.Unit)))
        {
            return NotFound();
        }

        if (!MayOpen(Input.Unit?.Trim() ?? ""))
        {
            ModelState.AddModelError("Input.Unit", "您只能登记本人负责单位的人员。");
            return Page();
        }

        if (Input.Id != 0 && record.Version != Input.Version)
        {
            ModelState.AddModelError("", "这条登记刚被其他人修改过，您的修改没有保存。请返回列表重新打开后再改。");
            return Page();
        }

        record.RetireeName = Input.RetireeName.Trim();
        record.Unit = Input.Unit?.Trim() ?? "";
        record.DoctorName = Input.DoctorName?.Trim() ?? "";
        record.DoctorPhone = Input.DoctorPhone?.Trim() ?? "";
        record.HealthNote = Input.HealthNote?.Trim() ?? "";
        record.Hospital = Input.Hospital?.Trim() ?? "";
        record.GreenChannelContact = Input.GreenChannelContact?.Trim() ?? "";
        record.GreenChannelPhone = Input.GreenChannelPhone?.Trim() ?? "";
        record.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        record.UpdatedBy = User.Identity?.Name ?? "";
        record.Version++;
        if (Input.Id == 0)
        {
            db.Assignments.Add(record);
        }

        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "这条登记刚被其他人修改过，您的修改没有保存。请返回列表重新打开后再改。");
            return Page();
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("", "同一单位已有同名登记，请检查姓名和单位。");
            return Page();
        }

        await audit.WriteAsync(new AuditEntry(AuditActions.PersonChange, Target(record)) { Detail = Input.Id == 0 ? "新增" : "修改" }, HttpContext.RequestAborted);
        await pages.ContentChangedAsync(tenant.RequiredShell.Name, HttpContext.RequestAborted); // the public desk lists the green channels
        return Redirect(Url.Content("~/healthcare/records"));
    }

    private bool MayOpen(string unit) => User.VisibleUnits() is not { } units || units.Contains(unit);

    private static string Target(HealthcareAssignment record) => $"健康登记 #{record.Id} {record.RetireeName}（{record.Unit}）";
}

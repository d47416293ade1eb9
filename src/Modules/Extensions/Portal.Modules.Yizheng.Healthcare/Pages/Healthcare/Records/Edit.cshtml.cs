using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Core.Security;
using Portal.Modules.Yizheng.Healthcare.Domain;
using Portal.Modules.Yizheng.Healthcare.Features.Records;
using Portal.Modules.Yizheng.Healthcare.Persistence;

namespace Portal.Modules.Yizheng.Healthcare.Pages.Healthcare.Records;

/// <summary>
/// One 离休干部's health-desk record. Viewing and changing it are audited; only the account's units are
/// reachable. 身份证号 and phone show masked; the full number is one audited click away (显示完整号码).
/// </summary>
[RequirePermission(Permissions.ViewRecords)]
[RequirePermission(Permissions.EditRecords)]
internal sealed class EditModel(HealthcareDbContext db, HealthcareRecordWriter writer, PersonalDataProtector protector, PersonalDataReveal reveal, IAuditLog audit) : PageModel
{
    [BindProperty]
    public HealthcareRecordInput Input { get; set; } = new();

    public string IdNumberMasked { get; private set; } = "";

    public string PhoneMasked { get; private set; } = "";

    /// <summary>The number shown in full after 显示完整号码, with its label.</summary>
    public (string Label, string Value)? Revealed { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is null)
        {
            return Page();
        }

        var found = await FindAsync(id.Value);
        if (found is null)
        {
            return NotFound();
        }

        await audit.WriteAsync(new AuditEntry(AuditActions.PersonView, Target(found)), HttpContext.RequestAborted);
        await ShowAsync(found);
        return Page();
    }

    public async Task<IActionResult> OnPostRevealAsync(int id, string field)
    {
        var found = await FindAsync(id);
        var (value, purpose, label) = field == "phone" ? (found?.Phone, HealthcareFields.Phone, "联系电话") : (found?.IdNumber, HealthcareFields.IdNumber, "身份证号");
        if (found is null || value is null)
        {
            return NotFound();
        }

        Revealed = (label, await reveal.RevealAsync(value, purpose, Target(found), label, HttpContext.RequestAborted));
        await ShowAsync(found);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Id != 0 && await FindAsync(Input.Id) is null)
        {
            return NotFound();
        }

        if (!MayOpen(Input.Unit?.Trim() ?? ""))
        {
            ModelState.AddModelError("Input.Unit", "您只能登记本人负责单位的人员。");
            return Page();
        }

        HealthcareAssignment? record;
        try
        {
            record = await writer.SaveAsync(Input, User.Identity?.Name ?? "", HttpContext.RequestAborted);
        }
        catch (HealthcareRecordException refused)
        {
            ModelState.AddModelError(refused.Field.Length == 0 ? "" : "Input." + refused.Field, refused.Message);
            return Page();
        }

        if (record is null)
        {
            return NotFound();
        }

        await audit.WriteAsync(new AuditEntry(AuditActions.PersonChange, Target(record)) { Detail = Input.Id == 0 ? "新增" : "修改" }, HttpContext.RequestAborted);
        return Redirect(Url.Content("~/healthcare/records"));
    }

    private async Task<HealthcareAssignment?> FindAsync(int id)
    {
        var found = await db.Assignments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted);
        return found is not null && MayOpen(found.Unit) ? found : null;
    }

    private async Task ShowAsync(HealthcareAssignment found)
    {
        var cancel = HttpContext.RequestAborted;
        IdNumberMasked = PersonalDataMasking.IdNumber(await protector.UnprotectOptionalAsync(found.IdNumber, HealthcareFields.IdNumber, cancel));
        PhoneMasked = PersonalDataMasking.Phone(await protector.UnprotectOptionalAsync(found.Phone, HealthcareFields.Phone, cancel));
        Input = new HealthcareRecordInput
        {
            Id = found.Id,
            Version = found.Version,
            RetireeName = found.RetireeName,
            Unit = found.Unit,
            DoctorName = found.DoctorName,
            DoctorPhone = found.DoctorPhone,
            HealthNote = found.HealthNote is null ? found.UnsealedHealthNote : await protector.UnprotectAsync(found.HealthNote, HealthcareFields.HealthNote, cancel),
            Hospital = found.Hospital,
            GreenChannelContact = found.GreenChannelContact,
            GreenChannelPhone = found.GreenChannelPhone,
        };
        ModelState.Clear();
    }

    private bool MayOpen(string unit) => User.VisibleUnits() is not { } units || units.Contains(unit);

    private static string Target(HealthcareAssignment record) => $"健康登记 #{record.Id} {record.RetireeName}（{record.Unit}）";
}

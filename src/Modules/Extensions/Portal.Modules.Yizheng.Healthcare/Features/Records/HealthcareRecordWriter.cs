using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Modules.Yizheng.Healthcare.Domain;
using Portal.Modules.Yizheng.Healthcare.Persistence;

namespace Portal.Modules.Yizheng.Healthcare.Features.Records;

/// <summary>
/// The one write path of a health-desk record (edit page and recipe step): validates, seals the
/// personal fields with their lookup hashes, checks duplicates and versions, saves, then drops the public desk's
/// kept copies (its green channels come from these records).
/// </summary>
internal sealed class HealthcareRecordWriter(HealthcareDbContext db, PersonalDataProtector protector, TimeProvider clock, TenantContext tenant, PublicPageEviction pages)
{
    private const string Changed = "这条登记刚被其他人修改过，您的修改没有保存。请返回列表重新打开后再改。";

    /// <summary>Returns the saved record, or null when <paramref name="input"/>.Id names no record.</summary>
    public async Task<HealthcareAssignment?> SaveAsync(HealthcareRecordInput input, string updatedBy, CancellationToken cancellationToken = default)
    {
        Check(input);
        var record = input.Id == 0 ? new HealthcareAssignment() : await db.Assignments.FirstOrDefaultAsync(a => a.Id == input.Id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (input.Id != 0 && record.Version != input.Version)
        {
            throw new HealthcareRecordException("", Changed);
        }

        if (!string.IsNullOrWhiteSpace(input.IdNumber))
        {
            record.IdNumberHash = await protector.IdNumberHashAsync(input.IdNumber, cancellationToken);
            if (await db.Assignments.AnyAsync(a => a.IdNumberHash == record.IdNumberHash && a.Id != record.Id, cancellationToken))
            {
                throw new HealthcareRecordException(nameof(input.IdNumber), "这个身份证号已有登记，请在列表中按身份证号查找。");
            }

            record.IdNumber = await protector.ProtectAsync(PersonalNumbers.NormalizeIdNumber(input.IdNumber), HealthcareFields.IdNumber, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(input.Phone))
        {
            record.PhoneHash = await protector.PhoneHashAsync(input.Phone, cancellationToken);
            record.Phone = await protector.ProtectAsync(input.Phone.Trim(), HealthcareFields.Phone, cancellationToken);
        }

        record.RetireeName = input.RetireeName.Trim();
        record.Unit = input.Unit?.Trim() ?? "";
        record.DoctorName = input.DoctorName?.Trim() ?? "";
        record.DoctorPhone = input.DoctorPhone?.Trim() ?? "";
        record.HealthNote = await protector.ProtectOptionalAsync(input.HealthNote?.Trim(), HealthcareFields.HealthNote, cancellationToken);
        record.UnsealedHealthNote = "";
        record.Hospital = input.Hospital?.Trim() ?? "";
        record.GreenChannelContact = input.GreenChannelContact?.Trim() ?? "";
        record.GreenChannelPhone = input.GreenChannelPhone?.Trim() ?? "";
        record.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        record.UpdatedBy = updatedBy;
        record.Version++;
        if (input.Id == 0)
        {
            db.Assignments.Add(record);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new HealthcareRecordException("", Changed);
        }
        catch (DbUpdateException)
        {
            throw new HealthcareRecordException("", "同一单位已有同名登记，请检查姓名和单位。");
        }

        await pages.ContentChangedAsync(tenant.RequiredShell.Name, cancellationToken);
        return record;
    }

    private static void Check(HealthcareRecordInput input)
    {
        if (string.IsNullOrWhiteSpace(input.RetireeName))
        {
            throw new HealthcareRecordException(nameof(input.RetireeName), "请填写姓名。");
        }

        if (!string.IsNullOrWhiteSpace(input.IdNumber) && !PersonalNumbers.IsValidIdNumber(input.IdNumber))
        {
            throw new HealthcareRecordException(nameof(input.IdNumber), "身份证号不正确，请核对（18 位，最后一位可以是 X；15 位旧号码也可以）。");
        }

        if (!string.IsNullOrWhiteSpace(input.Phone) && PersonalNumbers.NormalizePhone(input.Phone).Length is < 7 or > 12)
        {
            throw new HealthcareRecordException(nameof(input.Phone), "联系电话应为手机号或带区号的座机号。");
        }
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Core.Events;
using Portal.Core.Security;
using Portal.Modules.Archives.Contracts;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Features.Records;

/// <summary>
/// The one write path of a file: checks every value against the form's current revision (<see cref="RecordCheck"/>),
/// the unit against the clerk's units, the 身份证号 against the site's other files (by its lookup hash); seals the
/// sensitive values; bumps the version (optimistic concurrency); publishes <see cref="ArchiveRecordChanged"/> with the
/// data; audits who changed which fields (never the values).
/// </summary>
internal sealed class RecordWriter(RecordsDbContext db, FormsDbContext forms, ArchivesDbContext units, RecordReader reader, PersonalDataProtector protector, IAuditLog audit, TimeProvider clock)
{
    private const string Missing = "这份档案不存在，或不在您负责的单位。";
    private const string Changed = "这份档案刚被其他人修改过，您的修改没有保存。请重新打开后再改。";

    /// <param name="visibleUnits">The unit names the user may work on; null for every unit.</param>
    public async Task<ArchiveRecord> SaveAsync(RecordInput input, IReadOnlySet<string>? visibleUnits, string user, CancellationToken cancellationToken = default)
    {
        var form = await forms.Forms.AsNoTracking().FirstOrDefaultAsync(f => f.Key == input.FormKey, cancellationToken)
            ?? throw RecordException.Of("", "本站没有这个档案表单，请系统管理员先添加表单。");
        var fields = await reader.FieldsAsync(form.Id, form.Revision, cancellationToken);
        var siteUnits = await units.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        bool Visible(int unitId) => siteUnits.TryGetValue(unitId, out var name) && (visibleUnits is null || visibleUnits.Contains(name));

        var record = input.Id == 0 ? new ArchiveRecord { FormId = form.Id, FormKey = form.Key, CreatedUtc = Now() } : await db.Records.FirstOrDefaultAsync(r => r.Id == input.Id, cancellationToken);
        if (record is null || record.FormKey != form.Key || (input.Id != 0 && !Visible(record.UnitId)))
        {
            throw RecordException.Of("", Missing);
        }

        if (input.Id != 0 && record.Version != input.Version)
        {
            throw RecordException.Of("", Changed);
        }

        var before = input.Id == 0 ? new Dictionary<string, string>() : new Dictionary<string, string>((await reader.OpenAsync(record, cancellationToken)).Values);
        var check = new RecordCheck(fields, before, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var values = check.Read(input.Values, keepSealed: input.Id != 0);
        if (!siteUnits.ContainsKey(input.UnitId))
        {
            check.Errors.Add(("UnitId", "请选择单位。"));
        }
        else if (!Visible(input.UnitId))
        {
            check.Errors.Add(("UnitId", "您只能录入本人负责单位的档案。"));
        }

        var idKey = RecordReader.IdNumberKey(fields);
        var idNumber = values.GetValueOrDefault(idKey, "");
        var idHash = await protector.IdNumberHashAsync(idNumber, cancellationToken);
        if (idHash is not null && await db.Records.AsNoTracking().Where(r => r.IdNumberHash == idHash && r.Id != record.Id)
                .Select(r => new { r.Name, r.UnitId }).FirstOrDefaultAsync(cancellationToken) is { } other)
        {
            check.Errors.Add((idKey, Visible(other.UnitId)
                ? $"这个身份证号已有档案：{other.Name}（{siteUnits[other.UnitId]}）。请在列表中按身份证号查找，不要重复录入。"
                : "这个身份证号在本站其他单位已有档案，请联系老干部局核对，不要重复录入。"));
        }

        if (check.Errors.Count > 0)
        {
            throw new RecordException(check.Errors);
        }

        await ApplyAsync(record, form, fields, values, idKey, idHash, input.UnitId, user, cancellationToken);
        var added = input.Id == 0;
        if (added)
        {
            db.Records.Add(record);
        }

        await CommitAsync(record, added, cancellationToken);
        var changed = fields.Where(f => before.GetValueOrDefault(f.Key, "") != values.GetValueOrDefault(f.Key, "")).Select(f => f.Label).ToList();
        await audit.WriteAsync(new AuditEntry(AuditActions.PersonChange, Target(record, siteUnits[record.UnitId]))
        {
            Detail = added ? $"新增{form.Title}" : changed.Count == 0 ? "保存（内容未变）" : "修改：" + string.Join("、", changed),
        }, cancellationToken);
        return record;
    }

    public static string Target(ArchiveRecord record, string unitName) => $"档案 #{record.Id} {record.Name}（{unitName}）";

    private async Task ApplyAsync(ArchiveRecord record, Domain.ArchiveForm form, IReadOnlyList<FormField> fields, Dictionary<string, string> values, string idKey, string? idHash, int unitId, string user, CancellationToken cancellationToken)
    {
        // A value kept from a field the form no longer has is sealed: whether it was sensitive is no longer known.
        var plainKeys = fields.Where(f => !f.IsSealed).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var plain = values.Where(v => plainKeys.Contains(v.Key)).ToDictionary(StringComparer.Ordinal);
        var sealedValues = values.Where(v => !plainKeys.Contains(v.Key) && v.Key != idKey).ToDictionary(StringComparer.Ordinal);
        record.FormRevision = form.Revision;
        record.UnitId = unitId;
        record.Name = values.GetValueOrDefault(FormRules.NameKey, "");
        record.Values = JsonSerializer.Serialize(plain);
        record.SealedValues = sealedValues.Count == 0 ? null : await protector.ProtectAsync(JsonSerializer.Serialize(sealedValues), RecordFields.Sealed, cancellationToken);
        record.IdNumber = await protector.ProtectOptionalAsync(values.GetValueOrDefault(idKey), RecordFields.IdNumber, cancellationToken);
        record.IdNumberHash = idHash;
        record.Status = values.GetValueOrDefault(LifeDates.Death, "").Length > 0 ? RecordStatus.Closed : RecordStatus.Active;
        record.UpdatedUtc = Now();
        record.UpdatedBy = user;
        record.Version++;
    }

    private async Task CommitAsync(ArchiveRecord record, bool added, CancellationToken cancellationToken)
    {
        try
        {
            if (!added)
            {
                db.Publish(Event(record, added), Now());
                await db.SaveChangesAsync(cancellationToken);
                return;
            }

            // A new file's id is known after its insert; the event goes in the same transaction.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.Publish(Event(record, added), Now());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw RecordException.Of("", Changed);
        }
    }

    private static ArchiveRecordChanged Event(ArchiveRecord record, bool added)
        => new(record.Id, record.FormKey, record.UnitId, record.Status.ToString(), added, record.Version);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}

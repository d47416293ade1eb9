using Microsoft.EntityFrameworkCore;
using Portal.Core.Events;
using Portal.Core.Security;
using Portal.Modules.Archives.Contracts;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Features.Units;

/// <summary>
/// The one write path of the units tree (admin page and recipe step): checks a unit against its own rules and the
/// rest of the tree (unique name and code, a parent that exists and is not below it), bumps the version
/// (optimistic concurrency), publishes <see cref="ArchiveUnitChanged"/> in the same transaction, then audits.
/// A site has tens to a few hundred units, so the whole tree is read for each save.
/// </summary>
internal sealed class UnitWriter(ArchivesDbContext db, RecordsDbContext records, IAuditLog audit, TimeProvider clock)
{
    private const string Missing = "这个单位不存在或已被删除。";

    /// <summary>Adds (Id 0) or changes a unit. A change that changes nothing is not written (no new version, no event).</summary>
    public async Task<Unit> SaveAsync(UnitInput input, string user, CancellationToken cancellationToken = default)
    {
        if (UnitRules.Check(input) is [var (field, message), ..])
        {
            throw new UnitException(field, message);
        }

        var (name, code) = UnitRules.Normalise(input);
        var units = await db.Units.ToListAsync(cancellationToken);
        var unit = input.Id == 0 ? new Unit() : units.FirstOrDefault(u => u.Id == input.Id) ?? throw new UnitException("", Missing);
        if (input.Id != 0 && unit.Version != input.Version)
        {
            throw new UnitException("", UnitRules.Changed);
        }

        CheckTree(units, unit, name, code, input.ParentId);
        var previous = input.Id == 0 ? null : Describe(units, unit);
        if (previous is not null && unit.Name == name && unit.Code == code && unit.Type == input.Type && unit.ParentId == input.ParentId && unit.SortOrder == input.SortOrder)
        {
            return unit;
        }

        var previousName = input.Id != 0 && unit.Name != name ? unit.Name : null;
        unit.Name = name;
        unit.Code = code;
        unit.Type = input.Type;
        unit.ParentId = input.ParentId;
        unit.SortOrder = input.SortOrder;
        if (input.Id == 0)
        {
            db.Units.Add(unit);
            units.Add(unit);
        }

        await CommitAsync(unit, user, previousName, removed: false, cancellationToken);
        var now = Describe(units, unit);
        await audit.WriteAsync(new AuditEntry(ArchiveAuditActions.UnitSave, Target(unit)) { Detail = previous is null ? "新增：" + now : $"修改：{previous} → {now}" }, cancellationToken);
        return unit;
    }

    /// <summary>Removes a unit that has no units below it and no files.</summary>
    public async Task RemoveAsync(int id, int version, string user, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new UnitException("", Missing);
        if (unit.Version != version)
        {
            throw new UnitException("", UnitRules.Changed);
        }

        var children = await db.Units.CountAsync(u => u.ParentId == id, cancellationToken);
        if (children > 0)
        {
            throw new UnitException("", $"“{unit.Name}”下还有 {children} 个下级单位，请先把它们移到别的单位下或删除。");
        }

        var files = await records.Records.CountAsync(r => r.UnitId == id, cancellationToken);
        if (files > 0)
        {
            throw new UnitException("", $"“{unit.Name}”还有 {files} 份人员档案，请先把档案转到其他单位。");
        }

        db.Units.Remove(unit);
        await CommitAsync(unit, user, previousName: null, removed: true, cancellationToken);
        await audit.WriteAsync(new AuditEntry(ArchiveAuditActions.UnitRemove, Target(unit)), cancellationToken);
    }

    private static void CheckTree(List<Unit> units, Unit unit, string name, string code, int? parentId)
    {
        if (parentId is { } parent && units.All(u => u.Id != parent))
        {
            throw new UnitException(nameof(UnitInput.ParentId), "所选的上级单位不存在，请重新选择。");
        }

        if (unit.Id != 0 && UnitTree.WouldLoop(units, unit.Id, parentId))
        {
            throw new UnitException(nameof(UnitInput.ParentId), "上级单位不能选它自己的下级单位。");
        }

        if (units.FirstOrDefault(u => u.Id != unit.Id && u.Name == name) is { } sameName)
        {
            throw new UnitException(nameof(UnitInput.Name), $"本站已有名为“{sameName.Name}”的单位（代码 {sameName.Code}）。");
        }

        if (units.FirstOrDefault(u => u.Id != unit.Id && u.Code == code) is { } sameCode)
        {
            throw new UnitException(nameof(UnitInput.Code), $"单位代码 {code} 已是“{sameCode.Name}”的代码。");
        }
    }

    private async Task CommitAsync(Unit unit, string user, string? previousName, bool removed, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        unit.UpdatedUtc = now;
        unit.UpdatedBy = user;
        unit.Version++;
        if (unit.Id != 0 || removed)
        {
            // An existing unit's id is known now; a new one's after the insert (published below).
            db.Publish(Event(unit, previousName, removed), now);
            await SaveAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await SaveAsync(cancellationToken);
        db.Publish(Event(unit, previousName, removed), now);
        await SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new UnitException("", UnitRules.Changed);
        }
        catch (DbUpdateException)
        {
            // The unique indexes caught what CheckTree could not see: another save of the same name or code at the same moment.
            throw new UnitException("", "单位名称或代码刚被其他人用了，请刷新页面后再试。");
        }
    }

    private static ArchiveUnitChanged Event(Unit unit, string? previousName, bool removed)
        => new(unit.Id, unit.Name, unit.Code, unit.Type.ToString(), unit.ParentId, previousName, removed, unit.Version);

    private static string Target(Unit unit) => $"单位 {unit.Name}（{unit.Code}）";

    private static string Describe(IReadOnlyCollection<Unit> units, Unit unit)
    {
        var parent = units.FirstOrDefault(u => u.Id == unit.ParentId)?.Name ?? "无";
        return $"{unit.Name}，代码 {unit.Code}，{unit.Type.Label()}，上级 {parent}，排序 {unit.SortOrder}";
    }
}

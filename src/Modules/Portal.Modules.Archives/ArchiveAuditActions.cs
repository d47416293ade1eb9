using Portal.Core.Security;

namespace Portal.Modules.Archives;

/// <summary>What the archive writes to the audit log; declared so the auditor's filter names them in Chinese.</summary>
internal static class ArchiveAuditActions
{
    public const string UnitSave = "archives.unit.save";
    public const string UnitRemove = "archives.unit.remove";
    public const string FormSave = "archives.form.save";

    public static readonly IReadOnlyList<AuditAction> All =
    [
        new(UnitSave, "一人一档：新增或修改单位"),
        new(UnitRemove, "一人一档：删除单位"),
        new(FormSave, "一人一档：新增或修改档案表单"),
    ];
}

using Portal.Core.Security;

namespace Portal.Modules.Archives;

internal static class Permissions
{
    /// <summary>The units tree: add, rename, move, remove 单位. A system setting of the site, not personal data.</summary>
    public const string Units = "archives.units";

    /// <summary>See the site's archive forms and their revisions (definitions only, no personal data).</summary>
    public const string Forms = "archives.forms";

    /// <summary>The files of the units the account may see (all units with units.all), sensitive values masked.</summary>
    public const string Read = "archives.read";

    /// <summary>Add and change files of those units.</summary>
    public const string Edit = "archives.edit";

    /// <summary>Show one sensitive value in full (身份证号, phone, address …): each use is written to the audit log.</summary>
    public const string Reveal = "archives.reveal";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Units, "一人一档：维护单位（新增、修改、调整上下级、删除）", "一人一档") { Duty = AdministratorDuty.System, DefaultRoles = [PortalRoles.SystemAdministrator] },
        new(Forms, "一人一档：查看档案表单（字段、必填、字典、版本）", "一人一档") { Duty = AdministratorDuty.System, DefaultRoles = [PortalRoles.SystemAdministrator] },
        new(Read, "一人一档：查看人员档案（本人绑定单位；敏感信息脱敏显示）", "一人一档") { PersonalData = true, DefaultRoles = [PortalRoles.Clerk, PortalRoles.Reviewer] },
        new(Edit, "一人一档：新增、修改人员档案", "一人一档") { PersonalData = true, DefaultRoles = [PortalRoles.Clerk] },
        new(Reveal, "一人一档：查看完整身份证号、联系电话等敏感信息（每次记入审计日志）", "一人一档") { PersonalData = true, DefaultRoles = [PortalRoles.Clerk, PortalRoles.Reviewer] },
    ];
}

using Portal.Core.Security;

namespace Portal.Modules.Archives;

internal static class Permissions
{
    /// <summary>The units tree: add, rename, move, remove 单位. A system setting of the site, not personal data.</summary>
    public const string Units = "archives.units";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Units, "一人一档：维护单位（新增、修改、调整上下级、删除）", "一人一档") { Duty = AdministratorDuty.System, DefaultRoles = [PortalRoles.SystemAdministrator] },
    ];
}

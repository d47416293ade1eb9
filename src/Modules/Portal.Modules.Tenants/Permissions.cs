using Portal.Core.Security;

namespace Portal.Modules.Tenants;

internal static class Permissions
{
    /// <summary>Exists only on the root tenant (the feature is root-only): opening, disabling, enabling sites.</summary>
    public const string Manage = "tenants.manage";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "站点管理：开设、停用、启用下级站点（不能查看各站点的人员档案）", "平台") { Duty = AdministratorDuty.System, DefaultRoles = [PortalRoles.SystemAdministrator] },
    ];
}

using Portal.Core.Security;

namespace Portal.Modules.Users;

internal static class Permissions
{
    public const string ManageUsers = "users.manage";
    public const string ManageRoles = "roles.manage";
    public const string SecuritySettings = "security.settings";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(CorePermissions.AdminAccess, "进入管理后台", "基础") { DefaultRoles = PortalRoles.Staff },
        new(CorePermissions.AllUnits, "查看全部单位的人员（不限于本人绑定的单位）", "基础") { Duty = AdministratorDuty.PersonalData, DefaultRoles = [PortalRoles.Reviewer] },
        new(ManageUsers, "管理账号：开设、停用、重置密码、解锁、绑定单位", "系统管理") { Duty = AdministratorDuty.System, DefaultRoles = [PortalRoles.SystemAdministrator] },
        new(ManageRoles, "管理角色与权限，为账号分配角色", "安全管理") { Duty = AdministratorDuty.Security, DefaultRoles = [PortalRoles.SecurityAdministrator] },
        new(SecuritySettings, "安全设置：空闲超时、工作人员双重验证", "安全管理") { Duty = AdministratorDuty.Security, DefaultRoles = [PortalRoles.SecurityAdministrator] },
    ];
}

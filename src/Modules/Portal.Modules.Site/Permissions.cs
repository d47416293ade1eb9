using Portal.Core.Security;

namespace Portal.Modules.Site;

internal static class Permissions
{
    public const string Features = "site.features";
    public const string Appearance = "site.appearance";
    public const string Events = "site.events";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Features, "功能管理：启用、停用本站功能", "系统管理") { Duty = AdministratorDuty.System, DefaultRoles = [PortalRoles.SystemAdministrator] },
        new(Appearance, "外观与主题设置", "系统管理") { Duty = AdministratorDuty.System, DefaultRoles = [PortalRoles.SystemAdministrator] },
        new(Events, "事件投递：查看并重试投递失败的事件", "系统管理") { Duty = AdministratorDuty.System, DefaultRoles = [PortalRoles.SystemAdministrator] },
    ];
}

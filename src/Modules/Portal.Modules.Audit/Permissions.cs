using Portal.Core.Security;

namespace Portal.Modules.Audit;

internal static class Permissions
{
    public const string Read = "audit.read";
    public const string Export = "audit.export";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Read, "查看、检索审计日志", "审计") { Duty = AdministratorDuty.Audit, DefaultRoles = [PortalRoles.AuditAdministrator] },
        new(Export, "导出审计日志", "审计") { Duty = AdministratorDuty.Audit, DefaultRoles = [PortalRoles.AuditAdministrator] },
    ];
}

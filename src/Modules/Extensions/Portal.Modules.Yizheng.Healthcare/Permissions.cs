using Portal.Core.Security;

namespace Portal.Modules.Yizheng.Healthcare;

internal static class Permissions
{
    public const string ViewRecords = "healthcare.records.view";
    public const string EditRecords = "healthcare.records.edit";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(ViewRecords, "查看健康服务台登记（个人健康信息）", "健康服务台") { PersonalData = true, DefaultRoles = [PortalRoles.Reviewer, PortalRoles.Clerk] },
        new(EditRecords, "新增、修改健康服务台登记", "健康服务台") { PersonalData = true, DefaultRoles = [PortalRoles.Clerk] },
    ];

    /// <summary>The desk's own staff: the bureau's 健康服务台 is kept by staff who are not the unit 信息员s.</summary>
    public static readonly IReadOnlyList<RoleDeclaration> Roles =
    [
        new("健康服务台专员", "健康服务台专员：为本人绑定单位的老同志登记、维护健康服务信息（个人健康信息，每次查看都记入审计日志）。")
        {
            Permissions = [CorePermissions.AdminAccess, ViewRecords, EditRecords],
        },
    ];
}

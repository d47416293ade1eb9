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
}

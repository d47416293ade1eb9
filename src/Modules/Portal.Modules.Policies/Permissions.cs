using Portal.Core.Security;

namespace Portal.Modules.Policies;

internal static class Permissions
{
    /// <summary>Create, edit, publish, unpublish and mark documents 已修订/已废止; upload attachments.</summary>
    public const string Manage = "policies.manage";

    /// <summary>Bulk import, synonyms and index rebuilds: changes that touch the whole library at once.</summary>
    public const string Administer = "policies.administer";

    /// <summary>The search report: what readers searched for and what found nothing, by week (no reader identity).</summary>
    public const string Report = "policies.report";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "政策文件：新建、修改、发布、撤回、标注废止", "内容发布") { DefaultRoles = [PortalRoles.Editor] },
        new(Administer, "政策文件：批量导入、检索同义词、重建索引", "内容发布") { DefaultRoles = [PortalRoles.Editor] },
        new(Report, "政策文件：查看检索统计（常搜词、无结果的检索词）", "内容发布") { DefaultRoles = [PortalRoles.Editor] },
    ];

    /// <summary>Bureaus have staff who enter and keep the policy documents but do not import, tune search or read its report.</summary>
    public static readonly IReadOnlyList<RoleDeclaration> Roles =
    [
        new("政策录入员", "政策录入员：录入、修改、发布本站的政策文件；不做批量导入、同义词和检索统计。")
        {
            Permissions = [CorePermissions.AdminAccess, Manage],
        },
    ];
}

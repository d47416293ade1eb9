using Portal.Core.Security;

namespace Portal.Modules.Policies;

internal static class Permissions
{
    /// <summary>Create, edit, publish, unpublish and mark documents 已修订/已废止; upload attachments.</summary>
    public const string Manage = "policies.manage";

    /// <summary>Bulk import, synonyms and index rebuilds: changes that touch the whole library at once.</summary>
    public const string Administer = "policies.administer";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "政策文件：新建、修改、发布、撤回、标注废止", "内容发布") { DefaultRoles = [PortalRoles.Editor] },
        new(Administer, "政策文件：批量导入、检索同义词、重建索引", "内容发布") { DefaultRoles = [PortalRoles.Editor] },
    ];
}

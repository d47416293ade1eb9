using Portal.Core.Security;

namespace Portal.Modules.Content;

internal static class Permissions
{
    /// <summary>Write items, publish them where the column needs no review, unpublish, restore a version.</summary>
    public const string Edit = "content.edit";

    /// <summary>Approve or return items submitted in a column that needs review (审核员: another person than the writer).</summary>
    public const string Review = "content.review";

    /// <summary>The site's columns: names, order, review step, which shared columns of the city and province they show.</summary>
    public const string Columns = "content.columns";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Edit, "新闻与通知：撰写、发布、撤回、恢复历史版本", "内容发布") { DefaultRoles = [PortalRoles.Editor] },
        new(Review, "新闻与通知：审核（通过或退回）", "内容发布") { DefaultRoles = [PortalRoles.Reviewer] },
        new(Columns, "新闻与通知：栏目设置、共享内容的显示与隐藏", "内容发布") { DefaultRoles = [PortalRoles.Editor] },
    ];
}

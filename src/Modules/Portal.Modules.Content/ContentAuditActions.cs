using Portal.Core.Security;

namespace Portal.Modules.Content;

/// <summary>What the content module writes to the audit log, with the words the 审计管理员 reads.</summary>
internal static class ContentAuditActions
{
    public const string Save = "content.save";
    public const string Publish = "content.publish";
    public const string Unpublish = "content.unpublish";
    public const string Schedule = "content.schedule";
    public const string Submit = "content.submit";
    public const string Approve = "content.approve";
    public const string Return = "content.return";
    public const string Restore = "content.restore";
    public const string Import = "content.import";
    public const string Columns = "content.columns";
    public const string HideShared = "content.hide-shared";

    public static readonly IReadOnlyList<AuditAction> All =
    [
        new(Save, "新闻与通知：新建或修改"),
        new(Publish, "新闻与通知：发布"),
        new(Unpublish, "新闻与通知：撤回发布"),
        new(Schedule, "新闻与通知：定时发布或定时撤回"),
        new(Submit, "新闻与通知：提交审核"),
        new(Approve, "新闻与通知：审核通过"),
        new(Return, "新闻与通知：审核退回"),
        new(Restore, "新闻与通知：恢复历史版本"),
        new(Import, "新闻与通知：从旧网站导入"),
        new(Columns, "新闻与通知：修改栏目"),
        new(HideShared, "新闻与通知：隐藏或恢复上级共享的内容"),
    ];
}

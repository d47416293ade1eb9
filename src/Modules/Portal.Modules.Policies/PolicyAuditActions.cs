using Portal.Core.Security;

namespace Portal.Modules.Policies;

/// <summary>What the policy library writes to the audit log; declared so the auditor's filter names them in Chinese.</summary>
internal static class PolicyAuditActions
{
    public const string Save = "policy.save";
    public const string Publish = "policy.publish";
    public const string Unpublish = "policy.unpublish";
    public const string Attach = "policy.attach";
    public const string Import = "policy.import";
    public const string Recipe = "policy.recipe";
    public const string Synonyms = "policy.synonyms";
    public const string Rebuild = "policy.rebuild";

    public static readonly IReadOnlyList<AuditAction> All =
    [
        new(Save, "政策文件：新建或修改"),
        new(Publish, "政策文件：发布"),
        new(Unpublish, "政策文件：撤回"),
        new(Attach, "政策文件：上传附件"),
        new(Import, "政策文件：批量导入"),
        new(Recipe, "政策文件：配方写入"),
        new(Synonyms, "政策文件：修改检索同义词"),
        new(Rebuild, "政策文件：重建索引"),
    ];
}

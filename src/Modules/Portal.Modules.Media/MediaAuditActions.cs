using Portal.Core.Security;

namespace Portal.Modules.Media;

/// <summary>What the media library writes to the audit log; declared so the auditor's filter names them in Chinese.</summary>
internal static class MediaAuditActions
{
    public const string Upload = "media.upload";
    public const string AltText = "media.alt-text";
    public const string Delete = "media.delete";

    public static readonly IReadOnlyList<AuditAction> All =
    [
        new(Upload, "媒体库：上传文件"),
        new(AltText, "媒体库：修改替代文字"),
        new(Delete, "媒体库：删除文件"),
    ];
}

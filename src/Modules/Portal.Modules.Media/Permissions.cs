using Portal.Core.Security;

namespace Portal.Modules.Media;

internal static class Permissions
{
    /// <summary>Upload files, edit their alt text, delete them.</summary>
    public const string Manage = "media.manage";

    public static readonly IReadOnlyList<Permission> All =
    [
        new(Manage, "媒体库：上传图片和附件、修改替代文字、删除文件", "内容发布") { DefaultRoles = [PortalRoles.Editor, PortalRoles.SystemAdministrator] },
    ];
}

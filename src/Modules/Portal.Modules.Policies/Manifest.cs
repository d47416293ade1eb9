using Portal.Core.Modules;

namespace Portal.Modules.Policies;

internal static class Manifest
{
    public const string Id = "Portal.Policies";

    public static readonly ModuleManifest Value = new(Id, "政策文件", "内容", "政策文件库：发文字号、有效性、附件，中文全文检索；县区站点同时检索市、省发布的文件。")
    {
        EnabledByDefault = true,
    };
}

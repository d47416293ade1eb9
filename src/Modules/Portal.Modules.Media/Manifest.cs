using Portal.Core.Modules;

namespace Portal.Modules.Media;

internal static class Manifest
{
    public const string Id = "Portal.Media";

    public static readonly ModuleManifest Value = new(Id, "媒体库", "内容", "本站的图片和附件：图片自动生成多种尺寸，按文件内容检查类型，供文章、学习资料等引用。")
    {
        EnabledByDefault = true,
    };
}

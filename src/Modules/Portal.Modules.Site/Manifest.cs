using Portal.Core.Modules;

namespace Portal.Modules.Site;

internal static class Manifest
{
    public const string Id = "Portal.Site";

    public static readonly ModuleManifest Value = new(Id, "站点", "基础", "站点首页、管理后台首页、功能开关、外观与主题设置。")
    {
        AlwaysOn = true,
    };
}

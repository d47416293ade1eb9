using Portal.Core.Modules;

namespace Portal.Modules.Content;

internal static class Manifest
{
    public const string Id = "Portal.Content";

    public static readonly ModuleManifest Value = new(Id, "新闻与通知", "内容", "栏目、新闻、通知公告和单页：编辑发布，可选审核，定时发布，版本记录；省、市的内容可共享到下级站点。")
    {
        EnabledByDefault = true,
    };
}

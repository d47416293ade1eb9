using Portal.Core.Modules;

namespace Portal.Themes.Admin;

/// <summary>The back office theme for staff: menu on the side, plain forms.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest { get; } = new("Portal.Themes.Admin", "管理后台", "主题", "工作人员使用的管理后台样式。")
    {
        Theme = new ThemeInfo("_AdminLayout", IsAdmin: true),
    };
}

using Portal.Core.Modules;

namespace Portal.Themes.Classic;

/// <summary>A second public theme in the familiar government-portal look: banner, two-column home.</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest { get; } = new("Portal.Themes.Classic", "政务经典", "主题", "常见政务网站样式：通栏标题、导航条、双栏首页。")
    {
        Theme = new ThemeInfo("_ClassicLayout", IsAdmin: false),
    };
}

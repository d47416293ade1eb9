using Portal.Core.Modules;

namespace Portal.Themes.Clear;

/// <summary>The default public theme: one column, large type, one main colour (长辈优先).</summary>
public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest { get; } = new("Portal.Themes.Clear", "清晰（默认）", "主题", "为老年读者设计的默认主题：单栏、大字、高对比。")
    {
        Theme = new ThemeInfo("_ClearLayout", IsAdmin: false),
    };
}

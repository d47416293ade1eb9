using System.Reflection;

namespace Portal.Core.Modules;

/// <summary>A module found at start-up: its manifest, its startup object and where it came from.</summary>
public sealed record ModuleDescriptor(ModuleManifest Manifest, ModuleStartup Startup, Assembly Assembly, bool IsPlugin)
{
    public string Id => Manifest.Id;
}

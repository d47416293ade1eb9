namespace Portal.Core.Modules;

/// <summary>What a module says about itself: one module is one feature that a tenant switches on.</summary>
public sealed record ModuleManifest(string Id, string Name, string Category, string Description)
{
    /// <summary>Features that must be on for this one to work; enabling it enables them.</summary>
    public IReadOnlyList<string> Dependencies { get; init; } = [];

    /// <summary>On for every tenant; cannot be switched off.</summary>
    public bool AlwaysOn { get; init; }

    /// <summary>Only the root tenant (the province) may enable it.</summary>
    public bool RootOnly { get; init; }

    /// <summary>Part of the default feature set of a newly created county.</summary>
    public bool EnabledByDefault { get; init; }

    /// <summary>Set when the module is a theme rather than a switchable feature.</summary>
    public ThemeInfo? Theme { get; init; }

    public bool IsTheme => Theme is not null;
}

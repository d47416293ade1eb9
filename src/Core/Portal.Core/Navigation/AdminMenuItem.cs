namespace Portal.Core.Navigation;

/// <summary>A link in the admin menu, relative to the tenant (e.g. "admin/features").</summary>
public sealed record AdminMenuItem(string Title, string Path, int Order = 100)
{
    /// <summary>Shown only in the root tenant's admin.</summary>
    public bool RootOnly { get; init; }

    /// <summary>Shown only to users who hold this permission (the page it opens requires it).</summary>
    public string? Permission { get; init; }
}

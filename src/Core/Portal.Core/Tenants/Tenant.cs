using Portal.Core.Data;

namespace Portal.Core.Tenants;

/// <summary>A site on the platform, as registered in the host database.</summary>
public sealed class Tenant
{
    /// <summary>Short name (slug); also the folder and database name.</summary>
    public string Name { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>First path segment that selects this tenant, or null when only host names do.</summary>
    public string? Prefix { get; set; }

    public List<string> Hosts { get; set; } = [];

    public string? ParentName { get; set; }

    public TenantState State { get; set; }

    public DatabaseProvider DatabaseProvider { get; set; }

    /// <summary>The named PostgreSQL server holding this tenant's database (Portal:PostgresServers:NAME); null for the default one.</summary>
    public string? DatabaseServer { get; set; }

    public TenantDatabase Database => new(DatabaseProvider, Name, DatabaseServer);

    public string Theme { get; set; } = "";

    public TenantBranding Branding { get; set; } = new();

    /// <summary>Features switched on explicitly (always-on features are implied).</summary>
    public List<string> Features { get; set; } = [];

    /// <summary>When set, the only features this tenant's children may enable.</summary>
    public List<string>? ChildFeatureCap { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Optimistic concurrency: incremented on every change.</summary>
    public int Version { get; set; }

    public bool IsRoot => ParentName is null;
}

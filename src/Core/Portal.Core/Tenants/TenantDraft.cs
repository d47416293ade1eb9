using Portal.Core.Data;

namespace Portal.Core.Tenants;

/// <summary>What an operator gives to register a tenant; everything but the name has a default.</summary>
public sealed record TenantDraft(string Name, string DisplayName)
{
    /// <summary>URL prefix; the name when not given.</summary>
    public string? Prefix { get; init; }

    public IReadOnlyList<string> Hosts { get; init; } = [];

    public string? Parent { get; init; }

    public string? Theme { get; init; }

    public DatabaseProvider? Provider { get; init; }

    /// <summary>A PostgreSQL server named in Portal:PostgresServers; null for the default server.</summary>
    public string? Server { get; init; }

    /// <summary>Features to switch on; when null, the modules' default set.</summary>
    public IReadOnlyList<string>? Features { get; init; }
}

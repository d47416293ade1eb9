namespace Portal.Core.Operations;

/// <summary>
/// The logging scope that puts the tenant on every line written while serving it. A dictionary scope,
/// so the JSON console formatter (and any structured sink) writes it as a "Tenant" property.
/// </summary>
public static class TenantLogScope
{
    public const string Key = "Tenant";

    /// <summary>The name written for requests that belong to no tenant (the platform's own pages).</summary>
    public const string Platform = "(platform)";

    public static IReadOnlyDictionary<string, object> For(string tenantName) => new Dictionary<string, object>(1) { [Key] = tenantName };
}

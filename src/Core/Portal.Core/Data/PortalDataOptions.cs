namespace Portal.Core.Data;

/// <summary>Where the platform keeps its data. Bound from the "Portal" configuration section.</summary>
public sealed class PortalDataOptions
{
    /// <summary>The data folder: host database (SQLite), tenant databases, indexes, media, plugins, keys.</summary>
    public string DataFolder { get; set; } = Path.Combine(Directory.GetCurrentDirectory(), "App_Data");

    /// <summary>Database of the host registry and default database of new tenants.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>PostgreSQL server connection string (any database name in it is replaced per tenant).</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>Further PostgreSQL servers by name (Portal:PostgresServers:NAME), for tenants created with --server NAME.</summary>
    public Dictionary<string, string> PostgresServers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Folder of pg_dump and pg_restore for site backups; default: the newest /usr/lib/postgresql/*/bin, else the PATH.</summary>
    public string? PostgresBinFolder { get; set; }

    /// <summary>Prefix of every PostgreSQL database name the platform creates: {prefix}host, {prefix}{tenant}.</summary>
    public string DatabaseNamePrefix { get; set; } = "portal_";

    /// <summary>How long an unused tenant stays in memory.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the host looks for registry changes made by other processes or nodes.</summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public string SitesFolder => Path.Combine(DataFolder, "Sites");

    public string PluginsFolder => Path.Combine(DataFolder, "plugins");

    public string TenantFolder(string tenantName) => Path.Combine(SitesFolder, tenantName);
}

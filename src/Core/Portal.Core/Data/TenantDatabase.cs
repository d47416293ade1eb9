namespace Portal.Core.Data;

/// <summary>Where one database lives: its provider, its name and, on PostgreSQL, the named server (null: the default one).</summary>
public sealed record TenantDatabase(DatabaseProvider Provider, string Name, string? Server = null);

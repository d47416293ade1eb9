namespace Portal.Core.Navigation;

/// <summary>A link in a tenant's public navigation, relative to the tenant (e.g. "policies").</summary>
public sealed record PublicMenuItem(string Title, string Path, int Order = 100);

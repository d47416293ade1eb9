namespace Portal.Core.Tenants;

/// <summary>
/// One change to the registry. Every node polls for ids above its cursor and reloads those tenants:
/// the same path keeps a running host in step with the command line and with other nodes.
/// </summary>
public sealed class HostChange
{
    public long Id { get; set; }

    public string TenantName { get; set; } = "";

    public DateTime AtUtc { get; set; }
}

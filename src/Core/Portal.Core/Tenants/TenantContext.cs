namespace Portal.Core.Tenants;

/// <summary>The tenant of the current request or job (scoped). Empty on platform pages.</summary>
public sealed class TenantContext
{
    public TenantShell? Shell { get; set; }

    public TenantShell RequiredShell => Shell ?? throw new InvalidOperationException("This code runs only inside a tenant.");

    public Tenant Tenant => RequiredShell.Tenant;
}

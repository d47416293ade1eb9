using Portal.Core.Data;
using Portal.Core.Modules;

namespace Portal.Core.Tenants;

/// <summary>Creates, sets up, enables and disables tenants: the operator's verbs over the registry.</summary>
public sealed class TenantManager(TenantStore store, ModuleCatalog catalog, SchemaMigrator migrator, DatabaseConnections connections)
{
    /// <summary>Registers the tenant and sets up its database, leaving it running.</summary>
    public async Task<Tenant> CreateAsync(TenantDraft draft, CancellationToken cancellationToken = default)
    {
        await store.CreateAsync(draft, cancellationToken);
        return await SetupAsync(draft.Name, cancellationToken);
    }

    /// <summary>Creates the tenant's database and tables of its features; safe to repeat.</summary>
    public async Task<Tenant> SetupAsync(string name, CancellationToken cancellationToken = default)
    {
        var tenant = await store.FindAsync(name, cancellationToken) ?? throw new PortalException($"站点“{name}”不存在。");
        await connections.EnsureDatabaseAsync(tenant.Database, cancellationToken);
        await migrator.ApplyAsync(tenant.Database, catalog.Effective(tenant.Features), cancellationToken);
        if (tenant.State == TenantState.Uninitialized)
        {
            tenant = await store.UpdateAsync(name, t => t.State = TenantState.Running, cancellationToken: cancellationToken);
        }

        return tenant;
    }

    public async Task<Tenant> EnableAsync(string name, CancellationToken cancellationToken = default)
    {
        var tenant = await store.FindAsync(name, cancellationToken) ?? throw new PortalException($"站点“{name}”不存在。");
        return tenant.State switch
        {
            TenantState.Uninitialized => await SetupAsync(name, cancellationToken),
            TenantState.Disabled => await store.UpdateAsync(name, t => t.State = TenantState.Running, cancellationToken: cancellationToken),
            _ => tenant,
        };
    }

    public async Task<Tenant> DisableAsync(string name, CancellationToken cancellationToken = default)
    {
        var tenant = await store.FindAsync(name, cancellationToken) ?? throw new PortalException($"站点“{name}”不存在。");
        if (tenant.IsRoot)
        {
            throw new PortalException("省级平台站点不能停用。");
        }

        return tenant.State == TenantState.Disabled
            ? tenant
            : await store.UpdateAsync(name, t => t.State = TenantState.Disabled, cancellationToken: cancellationToken);
    }
}

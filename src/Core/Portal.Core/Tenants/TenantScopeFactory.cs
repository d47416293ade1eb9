using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Tenants;

/// <summary>
/// "The services of tenant X": a DI scope whose <see cref="TenantContext"/> is that tenant, so its
/// DbContexts point at that tenant's database. The one place that builds such a scope — pages get
/// theirs from the request; background work, the command line, recipes and cross-site reads use this.
/// </summary>
public sealed class TenantScopeFactory(IServiceScopeFactory scopes, TenantStore store, ShellHost shells)
{
    public AsyncServiceScope Create(TenantShell shell)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Shell = shell;
        return scope;
    }

    /// <summary>Activates the tenant when needed; a tenant missing from the registry is a <see cref="PortalException"/>.</summary>
    public async Task<AsyncServiceScope> CreateAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        var tenant = await store.FindAsync(tenantName, cancellationToken)
            ?? throw new PortalException($"站点“{tenantName}”不存在。");
        return await CreateAsync(tenant, cancellationToken);
    }

    public async Task<AsyncServiceScope> CreateAsync(Tenant tenant, CancellationToken cancellationToken = default)
        => Create(await shells.GetAsync(tenant, cancellationToken));
}

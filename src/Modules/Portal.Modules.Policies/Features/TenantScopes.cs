using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;

namespace Portal.Modules.Policies.Features;

/// <summary>A DI scope inside a given tenant (its DbContexts point at that tenant's database).</summary>
internal static class TenantScopes
{
    public static AsyncServiceScope Create(IServiceScopeFactory scopes, TenantShell shell)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TenantContext>().Shell = shell;
        return scope;
    }
}

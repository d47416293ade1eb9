using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Security;

/// <summary>A service scope inside one tenant, to look at its database the way its pages do.</summary>
public static class TenantScope
{
    public static async Task<AsyncServiceScope> CreateAsync(PortalFactory factory, string tenantName)
    {
        return await factory.Get<TenantScopeFactory>().CreateAsync(tenantName);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;

namespace Portal.Core.Data;

public static class TenantDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's DbContext (scoped) bound to the database of the scope's tenant, and its
    /// schema, so enabling the module creates its tables in that tenant's database.
    /// </summary>
    public static IServiceCollection AddTenantDbContext<TContext, TSchema>(this IServiceCollection services)
        where TContext : DbContext
        where TSchema : class, IModuleSchema
    {
        services.AddDbContext<TContext>((provider, builder) =>
        {
            var tenant = provider.GetRequiredService<TenantContext>().Tenant;
            provider.GetRequiredService<DatabaseConnections>().Configure(builder, tenant.Database);
        });
        services.AddSingleton<IModuleSchema, TSchema>();
        return services;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Cluster;
using Portal.Core.Data;
using Portal.Core.Data.Protection;
using Portal.Core.Events;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Core.Recipes.Steps;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Core.Tenants.Hierarchy;

namespace Portal.Core.Hosting;

public static class PortalCoreServiceCollectionExtensions
{
    /// <summary>The shell without the web: registry, tenants, features, schemas, recipes and the modules' services.</summary>
    public static IServiceCollection AddPortalCore(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog)
    {
        services.Configure<PortalDataOptions>(configuration.GetSection("Portal"));
        services.AddSingleton(catalog);
        // Built now, so a role name two modules declare stops the start with a message naming both.
        services.AddSingleton(new RoleCatalog(catalog, new PermissionCatalog(catalog)));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DatabaseConnections>();
        services.AddPooledDbContextFactory<HostDbContext>((provider, builder) =>
        {
            var options = provider.GetRequiredService<IOptions<PortalDataOptions>>().Value;
            provider.GetRequiredService<DatabaseConnections>().Configure(builder, options.Provider, DatabaseConnections.HostDatabase);
        });
        services.AddSingleton<IModuleSchema, HostSchema>();
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<TenantResolver>();
        services.AddSingleton<ShellHost>();
        services.AddSingleton<RegistrySync>();
        services.AddSingleton<SiteListCache>();
        services.AddSingleton<TenantManager>();
        services.AddSingleton<FeatureManager>();
        services.AddSingleton<TenantMedia>();
        services.AddSingleton<Web.PublicPageEviction>();
        services.AddSingleton<Backup.PostgresTools>();
        services.AddSingleton<Backup.SealedKeys>();
        services.AddSingleton<Backup.TenantBackupService>();
        services.AddSingleton<PortalInitializer>();
        services.AddScoped<TenantContext>();
        services.Configure<ProtectionOptions>(configuration.GetSection("Portal:Protection"));
        services.AddSingleton<MasterKey>();
        services.AddSingleton<TenantKeyRing>();
        services.AddScoped<PersonalDataProtector>();
        services.AddScoped<PersonalDataReveal>();
        services.AddSingleton<TenantHierarchy>();
        services.AddSingleton<AncestorSites>();
        services.AddSingleton<TenantScopeFactory>();
        services.AddSingleton<IClusterLock>(provider => provider.GetRequiredService<IOptions<PortalDataOptions>>().Value.Provider == DatabaseProvider.Postgres
            ? new PostgresClusterLock(provider.GetRequiredService<DatabaseConnections>())
            : new InProcessClusterLock());
        services.Configure<EventDispatchOptions>(configuration.GetSection("Portal:Events"));
        services.AddTenantDbContext<EventsDbContext, EventsSchema>();
        services.AddSingleton<ClusterRounds>();
        services.AddClusterRound<EventDispatcher>();
        services.AddClusterRound<EventPruner>();
        services.AddScoped(provider => new EventLog(provider.GetRequiredService<EventsDbContext>()));
        services.AddScoped<IEventFailures, EventFailures>();
        services.AddSingleton<RecipeRunner>();
        services.AddSingleton<IRecipeStep, TenantStep>();
        services.AddSingleton<IRecipeStep, FeaturesStep>();
        services.AddSingleton<IRecipeStep, ThemeStep>();
        services.AddSingleton<IRecipeStep, BrandingStep>();
        foreach (var module in catalog.All)
        {
            module.Startup.ConfigureServices(services);
        }

        return services;
    }

    /// <summary>Background work of a running host: registry changes, idle eviction, feature tasks.</summary>
    public static IServiceCollection AddPortalBackgroundServices(this IServiceCollection services)
    {
        services.AddHostedService<RegistryWatchService>();
        services.AddHostedService<HostChangeListener>();
        services.AddHostedService<TenantBackgroundService>();
        services.AddHostedService<ClusterRoundService>();
        return services;
    }
}

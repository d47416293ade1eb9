using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Core.Tenants;

namespace Portal.Core.Recipes;

/// <summary>What a step sees while a recipe is validated or run.</summary>
public sealed class RecipeContext(IServiceProvider services, string recipeDirectory)
{
    /// <summary>Tenants that exist or that earlier steps of this recipe will create.</summary>
    public HashSet<string> KnownTenants { get; } = new(StringComparer.Ordinal);

    /// <summary>The features each known tenant will have when the step runs, so a module's step can check its feature.</summary>
    public Dictionary<string, HashSet<string>> PlannedFeatures { get; } = new(StringComparer.Ordinal);

    /// <summary>Records that <paramref name="tenant"/> will have these features (and what they need) on.</summary>
    public void PlanFeatures(string tenant, IEnumerable<string> chosen)
    {
        var catalog = Services.GetRequiredService<ModuleCatalog>();
        if (!PlannedFeatures.TryGetValue(tenant, out var planned))
        {
            PlannedFeatures[tenant] = planned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        }

        planned.UnionWith(catalog.Effective(chosen));
    }

    /// <summary>The tenant of the latest tenant step, or the one the recipe was run for.</summary>
    public string? CurrentTenant { get; set; }

    public string RecipeDirectory { get; } = recipeDirectory;

    public IServiceProvider Services { get; } = services;

    /// <summary>Steps report what they changed here; an empty list after a run means it changed nothing.</summary>
    public List<string> Changes { get; } = [];

    /// <summary>True when the tenant is in the registry or an earlier step will create it.</summary>
    public async Task<bool> TenantExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        if (KnownTenants.Contains(name))
        {
            return true;
        }

        if (await Services.GetRequiredService<TenantStore>().FindAsync(name, cancellationToken) is not { } tenant)
        {
            return false;
        }

        KnownTenants.Add(name);
        PlanFeatures(name, tenant.Features);
        return true;
    }

    /// <summary>A scope inside the tenant, for steps that write the tenant's own database.</summary>
    public Task<AsyncServiceScope> CreateTenantScopeAsync(string tenantName, CancellationToken cancellationToken = default)
        => Services.GetRequiredService<TenantScopeFactory>().CreateAsync(tenantName, cancellationToken);
}

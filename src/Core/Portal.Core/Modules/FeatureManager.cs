using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenants;

namespace Portal.Core.Modules;

/// <summary>
/// Switches features on and off for a tenant with the rules of the platform: dependencies come
/// along, a feature others need stays on, root-only features and a parent's cap are respected.
/// Data is never removed: a disabled feature's tables stay for when it comes back.
/// </summary>
public sealed class FeatureManager(TenantStore store, ModuleCatalog catalog, SchemaMigrator migrator, TenantScopeFactory scopes)
{
    /// <summary>Returns the features that were off and are now on (dependencies included).</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(string tenantName, IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var tenant = await RequireTenantAsync(tenantName, cancellationToken);
        var wanted = ids.Select(RequireFeature).SelectMany(m => catalog.WithDependencies(m.Id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        await CheckAllowedAsync(tenant, wanted, cancellationToken);
        var effective = catalog.Effective(tenant.Features);
        var added = wanted.Where(id => !effective.Contains(id)).ToList();
        if (added.Count == 0)
        {
            return [];
        }

        // Tables first: a page that sees the feature on must also find its tables.
        if (tenant.State == TenantState.Running)
        {
            await migrator.ApplyAsync(tenant.Database, added, cancellationToken);
        }

        await store.UpdateAsync(tenantName, t => t.Features = [.. t.Features.Union(wanted, StringComparer.OrdinalIgnoreCase)], cancellationToken: cancellationToken);
        if (tenant.State == TenantState.Running)
        {
            await SeedRolesAsync(tenantName, catalog.Effective(tenant.Features.Union(wanted, StringComparer.OrdinalIgnoreCase)), cancellationToken);
        }

        return added;
    }

    /// <summary>Returns the features that were on and are now off.</summary>
    public async Task<IReadOnlyList<string>> DisableAsync(string tenantName, IEnumerable<string> ids, CancellationToken cancellationToken = default)
    {
        var tenant = await RequireTenantAsync(tenantName, cancellationToken);
        var removing = ids.Select(RequireFeature).ToList();
        foreach (var module in removing.Where(m => m.Manifest.AlwaysOn))
        {
            throw new PortalException($"“{module.Manifest.Name}”是基础功能，不能停用。");
        }

        var removingIds = removing.Select(m => m.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var remaining = tenant.Features.Where(f => !removingIds.Contains(f)).ToList();
        foreach (var module in removing)
        {
            var dependents = remaining
                .Where(f => catalog.Find(f) is not null && catalog.WithDependencies(f).Contains(module.Id, StringComparer.OrdinalIgnoreCase))
                .Select(f => $"“{catalog.Find(f)!.Manifest.Name}”")
                .ToList();
            if (dependents.Count > 0)
            {
                throw new PortalException($"无法停用“{module.Manifest.Name}”：{string.Join("、", dependents)}依赖它，请先停用这些功能。");
            }
        }

        var removed = tenant.Features.Where(removingIds.Contains).ToList();
        if (removed.Count > 0)
        {
            await store.UpdateAsync(tenantName, t => t.Features = remaining, cancellationToken: cancellationToken);
        }

        return removed;
    }

    /// <summary>Null when the tenant may enable the feature; otherwise the reason, in Chinese.</summary>
    public async Task<string?> WhyNotAllowedAsync(Tenant tenant, ModuleDescriptor module, CancellationToken cancellationToken = default)
    {
        if (module.Manifest.RootOnly && !tenant.IsRoot)
        {
            return $"“{module.Manifest.Name}”只能由省级平台启用。";
        }

        if (tenant.ParentName is null || module.Manifest.AlwaysOn)
        {
            return null;
        }

        var parent = await store.FindAsync(tenant.ParentName, cancellationToken);
        return parent?.ChildFeatureCap is { } cap && !cap.Contains(module.Id, StringComparer.OrdinalIgnoreCase)
            ? $"上级站点“{parent.DisplayName}”未允许下级站点启用“{module.Manifest.Name}”。"
            : null;
    }

    private async Task CheckAllowedAsync(Tenant tenant, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            if (await WhyNotAllowedAsync(tenant, catalog.Find(id)!, cancellationToken) is { } reason)
            {
                throw new PortalException(reason);
            }
        }
    }

    // The roles the new features declare (e.g. 政策录入员 with the policy library) exist from now on, with their defaults.
    private async Task SeedRolesAsync(string tenantName, IReadOnlySet<string> features, CancellationToken cancellationToken)
    {
        await using var scope = await scopes.CreateAsync(tenantName, cancellationToken);
        if (scope.ServiceProvider.GetService<RoleSeeder>() is { } seeder)
        {
            await seeder.EnsureAsync(features, cancellationToken);
        }
    }

    private ModuleDescriptor RequireFeature(string id)
    {
        var module = catalog.Find(id) ?? throw new PortalException($"功能“{id}”不存在。");
        return module.Manifest.IsTheme ? throw new PortalException($"“{module.Manifest.Name}”是主题，请在主题页面选择。") : module;
    }

    private async Task<Tenant> RequireTenantAsync(string name, CancellationToken cancellationToken)
        => await store.FindAsync(name, cancellationToken) ?? throw new PortalException($"站点“{name}”不存在。");
}

using Portal.Core.Modules;
using Portal.Core.Tenants;

namespace Portal.Core.Navigation;

/// <summary>The menus and home-page sections of the current tenant: only features it has on, in their declared order.</summary>
public sealed class SiteNavigation(ModuleCatalog catalog, TenantContext tenantContext, IEnumerable<IPublicMenuSource> menuSources)
{
    /// <summary>The features' fixed entries and the sites' own (columns), merged by order.</summary>
    public async Task<IReadOnlyList<PublicMenuItem>> PublicMenuAsync(CancellationToken cancellationToken = default)
    {
        var items = Enabled().SelectMany(m => m.Startup.PublicMenu).ToList();
        foreach (var source in menuSources)
        {
            if (tenantContext.Shell?.HasFeature(source.FeatureId) == true)
            {
                items.AddRange(await source.ItemsAsync(cancellationToken));
            }
        }

        return [.. items.OrderBy(i => i.Order)];
    }

    public IReadOnlyList<HomeSection> HomeSections() => [.. Enabled().SelectMany(m => m.Startup.HomeSections).OrderBy(s => s.Order)];

    public IReadOnlyList<AdminMenuItem> AdminMenu()
    {
        var isRoot = tenantContext.Shell?.Tenant.IsRoot ?? false;
        return [.. Enabled().SelectMany(m => m.Startup.AdminMenu).Where(i => isRoot || !i.RootOnly).OrderBy(i => i.Order)];
    }

    private IEnumerable<ModuleDescriptor> Enabled()
        => tenantContext.Shell is { } shell ? catalog.Features.Where(m => shell.HasFeature(m.Id)) : [];
}

using Portal.Core.Modules;
using Portal.Core.Tenants;

namespace Portal.Core.Navigation;

/// <summary>The menus of the current tenant: only features it has on, in their declared order.</summary>
public sealed class SiteNavigation(ModuleCatalog catalog, TenantContext tenantContext)
{
    public IReadOnlyList<PublicMenuItem> PublicMenu() => [.. Enabled().SelectMany(m => m.Startup.PublicMenu).OrderBy(i => i.Order)];

    public IReadOnlyList<AdminMenuItem> AdminMenu()
    {
        var isRoot = tenantContext.Shell?.Tenant.IsRoot ?? false;
        return [.. Enabled().SelectMany(m => m.Startup.AdminMenu).Where(i => isRoot || !i.RootOnly).OrderBy(i => i.Order)];
    }

    private IEnumerable<ModuleDescriptor> Enabled()
        => tenantContext.Shell is { } shell ? catalog.Features.Where(m => shell.HasFeature(m.Id)) : [];
}

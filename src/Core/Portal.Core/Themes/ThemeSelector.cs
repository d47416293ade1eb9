using Portal.Core.Modules;
using Portal.Core.Tenants;

namespace Portal.Core.Themes;

/// <summary>Picks the layout of a page: the admin theme under /Admin, the tenant's public theme elsewhere.</summary>
public sealed class ThemeSelector(ModuleCatalog catalog, TenantContext tenantContext)
{
    public string LayoutFor(string? pagePath)
    {
        if (pagePath is not null && pagePath.StartsWith("/Admin", StringComparison.OrdinalIgnoreCase))
        {
            return catalog.Themes.First(t => t.Manifest.Theme!.IsAdmin).Manifest.Theme!.LayoutName;
        }

        var chosen = tenantContext.Shell is { } shell ? catalog.Find(shell.Tenant.Theme) : null;
        var theme = chosen is { Manifest.Theme.IsAdmin: false } ? chosen : catalog.Find(TenantStore.DefaultTheme)!;
        return theme.Manifest.Theme!.LayoutName;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Core.Tenants;

namespace Portal.Modules.Site.Pages.Admin;

[RequirePermission(Permissions.Appearance)]
internal sealed class ThemeModel(ModuleCatalog catalog, TenantContext tenant, TenantStore store, RegistrySync sync, IAuditLog audit) : PageModel
{
    public IReadOnlyList<ModuleDescriptor> Themes => [.. catalog.Themes.Where(t => !t.Manifest.Theme!.IsAdmin)];

    public string Current => tenant.Tenant.Theme;

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Theme { get; set; }

    public void OnGet() => Version = tenant.Tenant.Version;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Themes.Any(t => t.Id == Theme))
        {
            TempData["Message"] = "请选择一个主题。";
            return RedirectToPage();
        }

        try
        {
            await store.UpdateAsync(tenant.Tenant.Name, t => t.Theme = Theme!, Version, HttpContext.RequestAborted);
            await audit.WriteAsync(new AuditEntry(AuditActions.SettingsChange, "主题") { Detail = $"更换为 {Theme}" }, HttpContext.RequestAborted);
            await sync.SyncAsync(HttpContext.RequestAborted);
            TempData["Message"] = "主题已更换。";
        }
        catch (PortalException exception)
        {
            TempData["Message"] = exception.Message;
        }

        return RedirectToPage();
    }
}

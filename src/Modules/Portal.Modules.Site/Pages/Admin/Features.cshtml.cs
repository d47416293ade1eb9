using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Core.Tenants;

namespace Portal.Modules.Site.Pages.Admin;

[RequirePermission(Permissions.Features)]
internal sealed class FeaturesModel(ModuleCatalog catalog, FeatureManager features, TenantContext tenant, RegistrySync sync, IAuditLog audit) : PageModel
{
    public sealed record Row(ModuleDescriptor Module, bool Enabled, string? Blocked);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Error { get; private set; }

    public string NameOf(string id) => catalog.Find(id)?.Manifest.Name ?? id;

    public async Task OnGetAsync() => Rows = await BuildRowsAsync();

    public Task<IActionResult> OnPostEnableAsync(string id) => ChangeAsync(id, async () =>
    {
        var added = await features.EnableAsync(tenant.Tenant.Name, [id], HttpContext.RequestAborted);
        await audit.WriteAsync(new AuditEntry(AuditActions.FeatureChange, $"功能 {NameOf(id)}") { Detail = $"启用：{string.Join("、", added.Select(NameOf))}" }, HttpContext.RequestAborted);
        return $"已启用：{string.Join("、", added.Select(NameOf))}。";
    });

    public Task<IActionResult> OnPostDisableAsync(string id) => ChangeAsync(id, async () =>
    {
        await features.DisableAsync(tenant.Tenant.Name, [id], HttpContext.RequestAborted);
        await audit.WriteAsync(new AuditEntry(AuditActions.FeatureChange, $"功能 {NameOf(id)}") { Detail = "停用（数据保留）" }, HttpContext.RequestAborted);
        return $"已停用：{NameOf(id)}。数据已保留。";
    });

    private async Task<IActionResult> ChangeAsync(string? id, Func<Task<string>> change)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return BadRequest(); // only a hand-made post names no feature
        }

        try
        {
            TempData["Message"] = await change();
            await sync.SyncAsync(HttpContext.RequestAborted);
            return RedirectToPage();
        }
        catch (PortalException exception)
        {
            await audit.WriteAsync(new AuditEntry(AuditActions.FeatureChange, $"功能 {NameOf(id)}", AuditOutcome.Failure) { Detail = exception.Message }, HttpContext.RequestAborted);
            Error = exception.Message;
            Rows = await BuildRowsAsync();
            return Page();
        }
    }

    private async Task<IReadOnlyList<Row>> BuildRowsAsync()
    {
        var rows = new List<Row>();
        foreach (var module in catalog.Features)
        {
            var enabled = tenant.RequiredShell.HasFeature(module.Id);
            var blocked = enabled ? null : await features.WhyNotAllowedAsync(tenant.Tenant, module, HttpContext.RequestAborted);
            rows.Add(new Row(module, enabled, blocked));
        }

        return rows;
    }
}

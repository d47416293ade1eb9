using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core;
using Portal.Core.Security;
using Portal.Core.Tenants;

namespace Portal.Modules.Tenants.Pages.Admin.Tenants;

[RequirePermission(Permissions.Manage)]
internal sealed class IndexModel(TenantStore store, TenantManager tenants, RegistrySync sync, IAuditLog audit) : PageModel
{
    public const int PageSize = 50;

    public IReadOnlyList<Tenant> Items { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public TenantForm? Draft { get; set; }

    public string? Error { get; private set; }

    public static string StateName(TenantState state) => state switch
    {
        TenantState.Running => "运行中",
        TenantState.Disabled => "已停用",
        _ => "未初始化",
    };

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostCreateAsync() => ChangeAsync($"站点 {Draft?.Name}", "开设", async () =>
    {
        var draft = new TenantDraft(Draft?.Name?.Trim() ?? "", Draft?.DisplayName?.Trim() ?? "")
        {
            Prefix = string.IsNullOrWhiteSpace(Draft?.Prefix) ? null : Draft.Prefix.Trim(),
            Parent = string.IsNullOrWhiteSpace(Draft?.Parent) ? null : Draft.Parent.Trim(),
        };
        await tenants.CreateAsync(draft, HttpContext.RequestAborted);
        return $"站点“{draft.DisplayName}”已开设。";
    });

    public Task<IActionResult> OnPostEnableAsync(string name) => ChangeAsync($"站点 {name}", "启用", async () =>
    {
        await tenants.EnableAsync(name, HttpContext.RequestAborted);
        return $"站点 {name} 已启用。";
    });

    public Task<IActionResult> OnPostDisableAsync(string name) => ChangeAsync($"站点 {name}", "停用", async () =>
    {
        await tenants.DisableAsync(name, HttpContext.RequestAborted);
        return $"站点 {name} 已停用，数据保留。";
    });

    private async Task<IActionResult> ChangeAsync(string target, string verb, Func<Task<string>> change)
    {
        try
        {
            TempData["Message"] = await change();
            await audit.WriteAsync(new AuditEntry(AuditActions.TenantChange, target) { Detail = verb }, HttpContext.RequestAborted);
            await sync.SyncAsync(HttpContext.RequestAborted);
            return RedirectToPage();
        }
        catch (PortalException exception)
        {
            await audit.WriteAsync(new AuditEntry(AuditActions.TenantChange, target, AuditOutcome.Failure) { Detail = $"{verb}：{exception.Message}" }, HttpContext.RequestAborted);
            Error = exception.Message;
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        (Items, Total) = await store.ListAsync((PageNumber - 1) * PageSize, PageSize, cancellationToken: HttpContext.RequestAborted);
    }
}

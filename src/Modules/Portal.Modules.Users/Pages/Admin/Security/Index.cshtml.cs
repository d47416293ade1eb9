using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Modules.Users.Features.Settings;

namespace Portal.Modules.Users.Pages.Admin.Security;

/// <summary>The 安全管理员's settings for the site: idle timeout and the staff second factor.</summary>
[RequirePermission(Permissions.SecuritySettings)]
internal sealed class IndexModel(SecuritySettingsStore store, IAuditLog audit) : PageModel
{
    [BindProperty]
    public int IdleTimeoutMinutes { get; set; }

    [BindProperty]
    public bool RequireTwoFactorForStaff { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        var settings = await store.GetAsync(HttpContext.RequestAborted);
        (IdleTimeoutMinutes, RequireTwoFactorForStaff, Version) = (settings.IdleTimeoutMinutes, settings.RequireTwoFactorForStaff, settings.Version);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (IdleTimeoutMinutes is < 5 or > 60)
        {
            Error = "空闲超时请设为 5 到 60 分钟（等保要求不宜过长，默认 20 分钟）。";
            return Page();
        }

        if (!await store.SaveAsync(IdleTimeoutMinutes, RequireTwoFactorForStaff, Version, HttpContext.RequestAborted))
        {
            Error = "设置刚被其他人修改过，您的修改没有保存。请刷新后重试。";
            return Page();
        }

        await audit.WriteAsync(new AuditEntry(AuditActions.SettingsChange, "安全设置")
        {
            Detail = $"空闲超时 {IdleTimeoutMinutes} 分钟；工作人员双重验证{(RequireTwoFactorForStaff ? "必须" : "可选")}",
        }, HttpContext.RequestAborted);
        TempData["Message"] = "安全设置已保存。";
        return RedirectToPage();
    }
}

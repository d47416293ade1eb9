using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Core.Themes;

namespace Portal.Modules.Site.Pages.Admin;

[RequirePermission(Permissions.Appearance)]
internal sealed class BrandingModel(TenantContext tenant, TenantStore store, TenantMedia media, RegistrySync sync, IAuditLog audit) : PageModel
{
    [BindProperty]
    public BrandingInput Input { get; set; } = new();

    public void OnGet()
    {
        var current = tenant.Tenant;
        Input = new BrandingInput
        {
            Version = current.Version,
            SiteName = current.Branding.SiteName,
            MainColor = current.Branding.MainColor,
            Footer = current.Branding.Footer,
            SiteIdCode = current.Branding.SiteIdCode,
            IcpNumber = current.Branding.IcpNumber,
        };
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? logo)
    {
        if (string.IsNullOrWhiteSpace(Input.SiteName))
        {
            ModelState.AddModelError("Input.SiteName", "网站名称不能为空。");
        }

        if (ColorContrast.CheckMainColor(Input.MainColor) is { } colorError)
        {
            ModelState.AddModelError("Input.MainColor", colorError);
        }

        byte[]? logoBytes = null;
        if (logo is not null && logo.Length <= TenantMedia.MaxLogoBytes)
        {
            using var buffer = new MemoryStream();
            await logo.CopyToAsync(buffer, HttpContext.RequestAborted);
            logoBytes = buffer.ToArray();
        }

        if (logo is not null && (logoBytes is null ? "标志文件不能超过 200KB。" : TenantMedia.CheckLogo(logo.FileName, logoBytes)) is { } logoError)
        {
            ModelState.AddModelError("logo", logoError);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        string? logoFile = null;
        if (logoBytes is not null)
        {
            logoFile = await media.SaveLogoAsync(tenant.Tenant.Name, logoBytes, HttpContext.RequestAborted);
        }

        try
        {
            await store.UpdateAsync(tenant.Tenant.Name, t =>
            {
                t.Branding.SiteName = Input.SiteName.Trim();
                t.Branding.MainColor = Input.MainColor.ToLowerInvariant();
                t.Branding.Footer = Input.Footer?.Trim() ?? "";
                t.Branding.SiteIdCode = string.IsNullOrWhiteSpace(Input.SiteIdCode) ? null : Input.SiteIdCode.Trim();
                t.Branding.IcpNumber = string.IsNullOrWhiteSpace(Input.IcpNumber) ? null : Input.IcpNumber.Trim();
                t.Branding.LogoFile = logoFile ?? t.Branding.LogoFile;
            }, Input.Version, HttpContext.RequestAborted);
        }
        catch (PortalException exception)
        {
            ModelState.AddModelError("", exception.Message);
            return Page();
        }

        await audit.WriteAsync(new AuditEntry(AuditActions.SettingsChange, "外观设置")
        {
            Detail = $"网站名称 {Input.SiteName.Trim()}；主色 {Input.MainColor}{(logoFile is null ? "" : "；更换标志")}",
        }, HttpContext.RequestAborted);
        await sync.SyncAsync(HttpContext.RequestAborted);
        TempData["Message"] = "外观设置已保存。";
        return RedirectToPage();
    }
}

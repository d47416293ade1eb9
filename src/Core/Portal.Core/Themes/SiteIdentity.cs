using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Portal.Core.Tenants;

namespace Portal.Core.Themes;

/// <summary>Who the current page belongs to: the tenant's branding, or the platform's when there is no tenant.</summary>
public sealed class SiteIdentity(TenantContext tenantContext, IHttpContextAccessor http, IConfiguration configuration)
{
    public bool IsPlatform => tenantContext.Shell is null;

    private string? _siteName;

    /// <summary>Read once per request: a page asks several times, and the platform's name is a configuration lookup.</summary>
    public string SiteName => _siteName ??= tenantContext.Shell?.Tenant.Branding.SiteName is { Length: > 0 } name
        ? name
        : tenantContext.Shell?.Tenant.DisplayName ?? configuration["Portal:PlatformName"] ?? "老干部工作信息平台";

    public string MainColor => tenantContext.Shell?.Tenant.Branding.MainColor ?? "#9b1c1c";

    /// <summary>The home page of the current site, ending in "/".</summary>
    public string HomeUrl => http.HttpContext?.Request.PathBase is { HasValue: true } pathBase ? pathBase + "/" : "/";

    public string? LogoUrl => tenantContext.Shell?.Tenant.Branding.LogoFile is { } file ? HomeUrl + "media/" + file : null;

    public string Emblem => SiteName.Length > 0 ? SiteName[..1] : "老";

    public TenantBranding? Branding => tenantContext.Shell?.Tenant.Branding;

    public string DisplayUrl(string query)
    {
        var request = http.HttpContext!.Request;
        // The platform page is served at "/" (rewritten to /_platform inside): return the reader to the address they saw.
        var path = IsPlatform && request.Path == Portal.Core.Web.PlatformPaths.Home ? "/" : (request.PathBase + request.Path).ToString();
        var back = Uri.EscapeDataString(path + request.QueryString);
        var endpoint = IsPlatform ? "/_platform/display" : HomeUrl + "display";
        return $"{endpoint}?{query}&return={back}";
    }
}

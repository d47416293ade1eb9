using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Security;
using Portal.Core.Tenants;

namespace Portal.Modules.Site;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Site.Manifest.Value;

    public override IEnumerable<Permission> Permissions => Site.Permissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("概览", "admin", 0) { Permission = CorePermissions.AdminAccess },
        new("功能管理", "admin/features", 900) { Permission = Site.Permissions.Features },
        new("外观设置", "admin/branding", 910) { Permission = Site.Permissions.Appearance },
        new("主题选择", "admin/theme", 920) { Permission = Site.Permissions.Appearance },
    ];

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // A tenant's published files; names are content hashes, so they can be cached for a long time.
        endpoints.MapGet("/media/{file}", (string file, TenantContext tenant, TenantMedia media, HttpContext http) =>
        {
            if (media.Find(tenant.Tenant.Name, file) is not { } path)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            if (Path.GetExtension(path) == ".svg")
            {
                // SVG logos saved before they were refused: served so old sites keep their logo, but in a sandbox
                // where any script they carry cannot run even when the file is opened on its own.
                http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
                return Results.File(path, "image/svg+xml");
            }

            return Results.File(path, "image/png");
        }).AllowAnonymous();
    }
}

using Microsoft.AspNetCore.Http;
using Portal.Core.Tenants;
using Portal.Modules.Media.Domain;

namespace Portal.Modules.Media.Features.Library;

/// <summary>
/// The public address of a stored file: "{site}/files/{id}/{name}" and "{site}/files/{id}/w{width}/{name}". The site part
/// is the request's own prefix when there is a request, else the site's URL prefix (a recipe, the command line).
/// </summary>
internal sealed class MediaUrls(TenantContext tenant, IHttpContextAccessor http)
{
    public string SiteBase => http.HttpContext?.Request.PathBase is { HasValue: true } pathBase
        ? pathBase.Value!
        : tenant.Tenant.Prefix is { Length: > 0 } prefix ? "/" + prefix : "";

    public string Of(MediaItem item, int? width = null) => Of(item.Id, item.FileName, width);

    public string Of(long id, string fileName, int? width)
        => $"{SiteBase}/files/{id}/{(width is { } w ? $"w{w}/" : "")}{Uri.EscapeDataString(fileName)}";
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Portal.Core.Tenants;
using Portal.Modules.Media.Contracts;
using Portal.Modules.Media.Domain;
using Portal.Modules.Media.Features.Store;
using Portal.Modules.Media.Persistence;

namespace Portal.Modules.Media.Features.Serve;

/// <summary>
/// GET {site}/files/{id}/{name} and {site}/files/{id}/w{width}/{name}: a file of this site's library, to anyone.
/// An id names the same bytes for ever (a deleted file's id is never reused), so the answer is cached for a year as
/// immutable, with an ETag for the browsers that ask again. The name in the path is for people; the id decides.
/// </summary>
internal static class FileEndpoint
{
    private const string Sandbox = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // HEAD too: proxies and link checkers ask it, and a file result sends the headers without the body.
        endpoints.MapMethods("/files/{id:long}/{name}", Methods, (long id, TenantContext tenant, MediaDbContext db, MediaFolder folder, HttpContext http)
            => ServeAsync(id, null, tenant, db, folder, http)).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapMethods("/files/{id:long}/w{width:int}/{name}", Methods, (long id, int width, TenantContext tenant, MediaDbContext db, MediaFolder folder, HttpContext http)
            => ServeAsync(id, width, tenant, db, folder, http)).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> ServeAsync(long id, int? width, TenantContext tenant, MediaDbContext db, MediaFolder folder, HttpContext http)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.DeletedUtc == null, http.RequestAborted);
        if (item is null || (width is { } w && (item.Kind != MediaKind.Image || !ImageWidths.StoredFor(item.Width ?? 0).Contains(w)))
            || folder.Find(tenant.Tenant.Name, MediaFolder.NameOf(item.StoredName, width)) is not { } path)
        {
            return Results.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        headers.XContentTypeOptions = "nosniff";
        var pdf = item.ContentType == "application/pdf";
        if (pdf)
        {
            // The site-wide policy (object-src 'none') would stop the browser's own PDF viewer; a PDF is no HTML document.
            headers.Remove(HeaderNames.ContentSecurityPolicy);
        }
        else
        {
            // Opened on its own, nothing served from here may run script, whatever a browser makes of it.
            headers.ContentSecurityPolicy = Sandbox;
        }

        var inline = item.Kind == MediaKind.Image || pdf;
        headers.ContentDisposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment") { FileNameStar = item.FileName }.ToString();
        var tag = new EntityTagHeaderValue($"\"{item.Sha256[..20]}{(width is { } size ? $"-w{size}" : "")}\"");
        return Results.File(path, item.ContentType, lastModified: item.UploadedUtc, entityTag: tag, enableRangeProcessing: pdf);
    }
}

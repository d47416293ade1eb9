using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.Attachments;

/// <summary>Downloads an attachment of a published document (of this site or, with ?from=, of an ancestor).</summary>
internal static class AttachmentEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/policies/{id:long}/attachments/{attachmentId:long}", HandleAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(long id, long attachmentId, string? from, TenantContext tenant, PolicySources sources, PolicyAttachmentStore store, TenantScopeFactory scopes, HttpContext http)
    {
        if (await sources.FindAsync(tenant.RequiredShell, from, http.RequestAborted) is not { } source)
        {
            return Results.NotFound();
        }

        await using var scope = scopes.Create(source.Shell);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var attachment = await db.Attachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.DocumentId == id)
            .Join(db.Documents.Where(d => d.Status == PolicyStatus.Published), a => a.DocumentId, d => d.Id, (a, _) => a)
            .FirstOrDefaultAsync(http.RequestAborted);
        if (attachment is null || store.Find(source.Name, attachment.StoredName) is not { } path)
        {
            return Results.NotFound();
        }

        return Results.File(path, attachment.ContentType, attachment.FileName);
    }
}

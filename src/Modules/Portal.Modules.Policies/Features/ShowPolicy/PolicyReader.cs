using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Content;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.ShowPolicy;

/// <summary>
/// Reads a published document of this site, or of an ancestor when <c>from</c> names one; the row is
/// read from the publisher's own database (nothing is copied down) and kept in <see cref="PublishedDocumentCache"/>
/// until the publisher's content changes. Siblings' documents are not found.
/// </summary>
internal sealed class PolicyReader(TenantContext tenant, PolicySources sources, TenantScopeFactory scopes, PublishedDocumentCache cache)
{
    public async Task<PolicyView?> FindAsync(long id, string? from, CancellationToken cancellationToken = default)
    {
        if (await sources.FindAsync(tenant.RequiredShell, from, cancellationToken) is not { } source)
        {
            return null;
        }

        var site = cache.For(source.Name);
        if (!site.TryGet(id, out var found))
        {
            found = await ReadAsync(source.Shell, id, cancellationToken);
            if (found is null)
            {
                return null;
            }

            site.Add(id, found);
        }

        return new PolicyView(found.Document, source, found.Document.BodyHtml!, found.ReplacedBy);
    }

    private async Task<PublishedDocument?> ReadAsync(TenantShell publisher, long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(publisher);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var document = await db.Documents.AsNoTracking().Include(d => d.Attachments)
            .FirstOrDefaultAsync(d => d.Id == id && d.Status == PolicyStatus.Published, cancellationToken);
        if (document is null)
        {
            return null;
        }

        document.BodyHtml ??= await RenderOnceAsync(db, document, cancellationToken);
        document.Body = ""; // the page shows the stored HTML; the Markdown stays in the database
        var replacedBy = document.ReplacedById is { } next
            ? await db.Documents.AsNoTracking().Where(d => d.Id == next && d.Status == PolicyStatus.Published)
                .Select(d => new PolicyDocument { Id = d.Id, Title = d.Title, DocNumber = d.DocNumber, Validity = d.Validity, PublishedOn = d.PublishedOn, WrittenOn = d.WrittenOn })
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        return new PublishedDocument(document, replacedBy);
    }

    /// <summary>A row saved before bodies were stored rendered (or cleared by a renderer upgrade): rendered now and kept.</summary>
    private static async Task<string> RenderOnceAsync(PoliciesDbContext db, PolicyDocument document, CancellationToken cancellationToken)
    {
        var html = DocumentMarkdown.ToSafeHtml(document.Body);
        await db.Documents.Where(d => d.Id == document.Id && d.Version == document.Version && d.BodyHtml == null)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.BodyHtml, html), cancellationToken);
        return html;
    }
}

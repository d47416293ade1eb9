using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Markdown;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.ShowPolicy;

/// <summary>
/// Reads a published document of this site, or of an ancestor when <c>from</c> names one; the row is
/// read from the publisher's own database (nothing is copied down). Siblings' documents are not found.
/// </summary>
public sealed class PolicyReader(TenantContext tenant, PolicySources sources, TenantScopeFactory scopes)
{
    public async Task<PolicyView?> FindAsync(long id, string? from, CancellationToken cancellationToken = default)
    {
        if (await sources.FindAsync(tenant.RequiredShell, from, cancellationToken) is not { } source)
        {
            return null;
        }

        await using var scope = scopes.Create(source.Shell);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var document = await db.Documents.AsNoTracking().Include(d => d.Attachments)
            .FirstOrDefaultAsync(d => d.Id == id && d.Status == PolicyStatus.Published, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var replacedBy = document.ReplacedById is { } next
            ? await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == next && d.Status == PolicyStatus.Published, cancellationToken)
            : null;
        return new PolicyView(document, source, document.BodyHtml ?? await RenderOnceAsync(db, document, cancellationToken), replacedBy);
    }

    /// <summary>A row saved before bodies were stored rendered (or cleared by a renderer upgrade): rendered now and kept.</summary>
    private static async Task<string> RenderOnceAsync(PoliciesDbContext db, PolicyDocument document, CancellationToken cancellationToken)
    {
        var html = PolicyMarkdown.ToSafeHtml(document.Body);
        await db.Documents.Where(d => d.Id == document.Id && d.Version == document.Version && d.BodyHtml == null)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.BodyHtml, html), cancellationToken);
        return html;
    }
}

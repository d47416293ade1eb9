using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.Synonyms;

/// <summary>
/// The one write path of a site's synonym groups (the editor's page and the recipe step): checks them, saves
/// them, and makes the next search use them at once on this node — the synonym cache is reloaded and the
/// cached result pages dropped — then writes the audit entry. Other nodes reload within 30 s.
/// </summary>
internal sealed class SynonymWriter(PoliciesDbContext db, TenantContext tenant, PublicPageEviction pages, IAuditLog audit)
{
    public const string TooFewWords = "一组同义词至少要有两个词，用空格分开。";

    /// <summary>The positions of the groups with fewer than two words (refused as a whole).</summary>
    public static IReadOnlyList<int> Check(IEnumerable<string> groups)
        => [.. groups.Select((text, i) => (count: SynonymGroup.Split(text).Count, i)).Where(g => g.count == 1).Select(g => g.i)];

    /// <summary>The page's save: the groups given are the site's whole list (empty lines are skipped).</summary>
    public async Task ReplaceAllAsync(IReadOnlyList<string> groups, CancellationToken cancellationToken = default)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Synonyms.RemoveRange(await db.Synonyms.ToListAsync(cancellationToken));
            db.Synonyms.AddRange(Normalise(groups).Select(terms => new SynonymGroup { Terms = terms }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await AfterCommitAsync($"共 {Normalise(groups).Count()} 组", cancellationToken);
    }

    /// <summary>The recipe's save: adds the groups the site does not have yet (the same words in any order are the same group).</summary>
    public async Task<IReadOnlyList<string>> AddMissingAsync(IReadOnlyList<string> groups, CancellationToken cancellationToken = default)
    {
        var existing = (await db.Synonyms.AsNoTracking().Select(s => s.Terms).ToListAsync(cancellationToken)).Select(Key).ToHashSet(StringComparer.Ordinal);
        var added = Normalise(groups).Where(terms => existing.Add(Key(terms))).ToList();
        if (added.Count > 0)
        {
            db.Synonyms.AddRange(added.Select(terms => new SynonymGroup { Terms = terms }));
            await db.SaveChangesAsync(cancellationToken);
            await AfterCommitAsync("新增 " + string.Join("；", added), cancellationToken);
        }

        return added;
    }

    private async Task AfterCommitAsync(string detail, CancellationToken cancellationToken)
    {
        PolicySynonyms.Invalidate(tenant.RequiredShell);
        await pages.ContentChangedAsync(tenant.RequiredShell.Name, cancellationToken);
        await audit.WriteAsync(new AuditEntry(PolicyAuditActions.Synonyms, "检索同义词") { Detail = detail }, cancellationToken);
    }

    private static IEnumerable<string> Normalise(IEnumerable<string> groups)
        => groups.Select(SynonymGroup.Split).Where(terms => terms.Count > 1).Select(terms => string.Join(' ', terms));

    private static string Key(string terms) => string.Join(' ', SynonymGroup.Split(terms).Order(StringComparer.Ordinal));
}

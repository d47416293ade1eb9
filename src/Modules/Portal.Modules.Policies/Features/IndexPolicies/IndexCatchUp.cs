using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Events;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Persistence;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// Moves an open index forward from the site's event log (ADR 0028): applies the document events after the
/// index's cursor, reading each document's row as it is now (the database is the truth), or builds the index
/// whole. Knows nothing of gates, leases or folders (the indexer's business).
/// </summary>
internal sealed class IndexCatchUp(
    TenantScopeFactory scopes,
    IOptions<PolicyIndexOptions> options,
    PublicPageEviction pages,
    ILogger<IndexCatchUp> logger)
{
    private static readonly string[] IndexEvents = [EventLog.NameOf<PolicyDocumentChanged>(), EventLog.NameOf<PolicyIndexRebuildRequested>()];
    private static readonly string RebuildEvent = EventLog.NameOf<PolicyIndexRebuildRequested>();
    private readonly PolicyIndexOptions _options = options.Value;

    /// <summary>The newest event of the site: an index whose cursor is here is current.</summary>
    public async Task<long> LatestAsync(TenantShell shell, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(shell);
        return await scope.ServiceProvider.GetRequiredService<EventLog>().LatestAsync(cancellationToken);
    }

    /// <summary>
    /// Applies the events after the index's cursor; false when the index must be built whole instead: a rebuild
    /// was asked for, the index predates the event log, or events it had not read were pruned.
    /// </summary>
    public async Task<bool> ApplyPendingAsync(TenantShell shell, PolicyIndex index, bool? optimize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(shell);
        var log = scope.ServiceProvider.GetRequiredService<EventLog>();
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var upTo = await log.LatestAsync(cancellationToken);
        if (!index.FollowsEventLog || (await log.OldestAsync(cancellationToken) is { } oldest && oldest > index.Cursor + 1 && upTo > index.Cursor))
        {
            return false;
        }

        var indexed = 0;
        var changed = false;
        while (index.Cursor < upTo)
        {
            var events = await log.ReadAsync(IndexEvents, index.Cursor, upTo, _options.EventsPerCommit, cancellationToken);
            if (events.Any(e => e.Type == RebuildEvent))
            {
                return false;
            }

            // A full batch ends at its last event; a short one has read everything up to upTo (other modules' events are skipped).
            var through = events.Count == _options.EventsPerCommit ? events[^1].Sequence : upTo;
            if (events.Count > 0)
            {
                indexed += await ApplyAsync(shell.Name, index, db, [.. events.Select(e => e.As<PolicyDocumentChanged>().DocumentId).Distinct()], cancellationToken);
                changed = true;
                if (optimize is null && indexed >= _options.OptimizeAfter && through == upTo)
                {
                    index.Optimize();
                }
            }

            index.Commit(through);
        }

        if (changed)
        {
            // Every write of a document, on whichever node or process made it, reaches the index through here:
            // the one place that sees them all, so cached public pages are dropped here (not when nothing changed).
            await pages.ContentChangedAsync(shell.Name, cancellationToken);
        }

        return true;
    }

    /// <summary>Builds <paramref name="index"/> whole from the published rows; returns the documents indexed.</summary>
    public async Task<int> RebuildAsync(TenantShell shell, PolicyIndex index, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();

        // Read the cursor first: anything written while we rebuild has a later event and is applied after.
        var cursor = await scope.ServiceProvider.GetRequiredService<EventLog>().LatestAsync(cancellationToken);
        index.DeleteAll();
        var count = 0;
        long after = 0;
        while (true)
        {
            var documents = await db.Documents.AsNoTracking().Include(d => d.Attachments)
                .Where(d => d.Id > after && d.Status == PolicyStatus.Published)
                .OrderBy(d => d.Id)
                .Take(_options.DocumentsPerBatch)
                .ToListAsync(cancellationToken);
            if (documents.Count == 0)
            {
                break;
            }

            index.Upsert(Map(documents, shell.Name));
            count += documents.Count;
            after = documents[^1].Id;
        }

        if (count >= _options.OptimizeAfter)
        {
            index.Optimize();
        }

        index.Commit(cursor);
        logger.LogInformation("Policy index of {Tenant} rebuilt: {Count} documents, cursor {Cursor}", shell.Name, count, cursor);
        await pages.ContentChangedAsync(shell.Name, cancellationToken);
        return count;
    }

    /// <summary>Markdown to text is a real cost on large bodies: done on all cores like the analysis.</summary>
    private static List<PolicyIndexDocument> Map(List<PolicyDocument> documents, string tenant)
        => documents.Count < 16
            ? documents.ConvertAll(d => PolicyIndexMapper.ToIndex(d, tenant))
            : [.. documents.AsParallel().AsOrdered().Select(d => PolicyIndexMapper.ToIndex(d, tenant))];

    /// <summary>Documents named by events: each is read as it is now; published ones are (re)indexed, the others removed.</summary>
    private async Task<int> ApplyAsync(string tenant, PolicyIndex index, PoliciesDbContext db, List<long> documentIds, CancellationToken cancellationToken)
    {
        var indexed = 0;
        foreach (var chunk in documentIds.Chunk(_options.DocumentsPerBatch))
        {
            var documents = await db.Documents.AsNoTracking().Include(d => d.Attachments)
                .Where(d => chunk.Contains(d.Id))
                .ToListAsync(cancellationToken);
            var published = documents.Where(d => d.Status == PolicyStatus.Published).ToList();
            index.Delete(chunk.Except(published.Select(d => d.Id)));
            index.Upsert(Map(published, tenant));
            indexed += published.Count;
        }

        return indexed;
    }
}

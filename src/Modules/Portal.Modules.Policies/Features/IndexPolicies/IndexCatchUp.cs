using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Persistence;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// Moves an open index forward from the database, the truth: applies the indexing tasks after the index's
/// cursor, or builds it whole. Knows nothing of gates, leases or folders (the indexer's business).
/// </summary>
internal sealed class IndexCatchUp(
    TenantScopeFactory scopes,
    IOptions<PolicyIndexOptions> options,
    PublicPageEviction pages,
    ILogger<IndexCatchUp> logger)
{
    private readonly PolicyIndexOptions _options = options.Value;

    /// <summary>The newest change the index must reflect: an index whose cursor is here is current.</summary>
    public async Task<long> LatestAsync(TenantShell shell, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        return await db.IndexingTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
    }

    /// <summary>Applies what was written after the index's cursor; false when a full rebuild was asked for (nothing applied past it).</summary>
    public async Task<bool> ApplyPendingAsync(TenantShell shell, PolicyIndex index, bool? optimize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var indexed = 0;
        var startCursor = index.Cursor;
        var complete = true;
        while (true)
        {
            var cursor = index.Cursor;
            var tasks = await db.IndexingTasks.AsNoTracking()
                .Where(t => t.Id > cursor)
                .OrderBy(t => t.Id)
                .Take(_options.TasksPerCommit)
                .ToListAsync(cancellationToken);
            if (tasks.Count == 0)
            {
                break;
            }

            if (tasks.Any(t => t.Kind == IndexingTaskKind.Rebuild))
            {
                complete = false;
                break;
            }

            indexed += await ApplyAsync(shell.Name, index, db, tasks, cancellationToken);
            if (optimize is null && indexed >= _options.OptimizeAfter && tasks.Count < _options.TasksPerCommit)
            {
                index.Optimize();
            }

            index.Commit(tasks[^1].Id);
        }

        await ContentChangedAsync(shell, index, startCursor, cancellationToken);
        return complete;
    }

    /// <summary>Builds <paramref name="index"/> whole from the published rows; returns the documents indexed.</summary>
    public async Task<int> RebuildAsync(TenantShell shell, PolicyIndex index, CancellationToken cancellationToken)
    {
        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();

        // Read the cursor first: anything written while we rebuild has a later task and is applied after.
        var cursor = await db.IndexingTasks.MaxAsync(t => (long?)t.Id, cancellationToken) ?? 0;
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

    /// <summary>
    /// Every write of a document, on whichever node or process made it, reaches the index through here: the one
    /// place that sees them all, so cached public pages are dropped here. Only when something was applied: a
    /// site without documents must not lose its cached pages every few seconds.
    /// </summary>
    private async Task ContentChangedAsync(TenantShell shell, PolicyIndex index, long startCursor, CancellationToken cancellationToken)
    {
        if (index.Cursor != startCursor)
        {
            await pages.ContentChangedAsync(shell.Name, cancellationToken);
        }
    }

    private async Task<int> ApplyAsync(string tenant, PolicyIndex index, PoliciesDbContext db, List<IndexingTask> tasks, CancellationToken cancellationToken)
    {
        // The last task of a document decides; the row is read as it is now.
        var latest = tasks.GroupBy(t => t.DocumentId).Select(g => g.Last()).ToList();
        index.Delete(latest.Where(t => t.Kind == IndexingTaskKind.Delete).Select(t => t.DocumentId));
        var upserts = latest.Where(t => t.Kind == IndexingTaskKind.Upsert).Select(t => t.DocumentId).ToList();
        var indexed = 0;
        foreach (var chunk in upserts.Chunk(_options.DocumentsPerBatch))
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

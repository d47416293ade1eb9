using Lucene.Net.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Persistence;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// Keeps each tenant's index in line with its database. The database is the truth: the index applies
/// the indexing tasks after its cursor, and a missing, empty or corrupt index is rebuilt from the rows.
/// </summary>
public sealed class PolicyIndexer(
    TenantScopeFactory scopes,
    ShellHost shells,
    IOptions<PortalDataOptions> data,
    IOptions<PolicyIndexOptions> options,
    PublicPageEviction pages,
    ILogger<PolicyIndexer> logger)
{
    private readonly PolicyIndexOptions _options = options.Value;

    public string IndexPath(string tenantName) => Path.Combine(data.Value.TenantFolder(tenantName), "indexes", "policies");

    /// <summary>
    /// The tenant's index for a search: brought up to date if the database was not asked recently and no
    /// other catch-up is running (a search never waits behind an import; it sees the last refreshed view).
    /// </summary>
    public async Task<PolicyIndex> ForSearchAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        var holder = Holder(shell);
        var fresh = Environment.TickCount64 - holder.LastCheckTicks < _options.SearchCheckInterval.TotalMilliseconds;
        if (holder.Index is { } open && (fresh || !await holder.Gate.WaitAsync(0, cancellationToken)))
        {
            return open;
        }

        if (holder.Index is null)
        {
            await holder.Gate.WaitAsync(cancellationToken);
        }

        try
        {
            return await CatchUpLockedAsync(shell, holder, rebuild: false, cancellationToken);
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    /// <summary>Applies every pending task now (after an edit or import, so the change is searchable at once).</summary>
    /// <param name="optimize">Null: merge segments when many documents were indexed; false: never (more batches follow); true: always.</param>
    public async Task<PolicyIndex> CatchUpAsync(TenantShell shell, bool? optimize = null, CancellationToken cancellationToken = default)
    {
        var holder = Holder(shell);
        await holder.Gate.WaitAsync(cancellationToken);
        try
        {
            var index = await CatchUpLockedAsync(shell, holder, rebuild: false, cancellationToken, optimize);
            if (optimize == true && index.SegmentCount > 1)
            {
                index.Optimize();
                index.Commit(index.Cursor);
            }

            return index;
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    /// <summary>Throws the index away and builds it again from the database; returns the documents indexed.</summary>
    public async Task<int> RebuildAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        var holder = Holder(shell);
        await holder.Gate.WaitAsync(cancellationToken);
        try
        {
            await CatchUpLockedAsync(shell, holder, rebuild: true, cancellationToken);
            return holder.Index!.DocumentCount;
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    /// <summary>Called when a search found the index unreadable: closes it (after any running catch-up) so the next use verifies or rebuilds it.</summary>
    public async Task InvalidateAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        var holder = Holder(shell);
        await holder.Gate.WaitAsync(cancellationToken);
        try
        {
            holder.Index?.Dispose();
            holder.Index = null;
            holder.LastCheckTicks = 0;
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    /// <summary>
    /// The index resource of a live shell. A shell evicted meanwhile (a registry change) must not get a new one:
    /// nothing would ever close it, and its writer would keep the folder locked against the tenant's new shell.
    /// </summary>
    private TenantPolicyIndex Holder(TenantShell shell)
    {
        var holder = shell.GetOrAddResource(s => new TenantPolicyIndex(IndexPath(s.Name)));
        if (!shells.IsCurrent(shell))
        {
            holder.Dispose();
            throw new ObjectDisposedException(nameof(TenantShell), $"Tenant {shell.Name} was evicted; use its current shell.");
        }

        return holder;
    }

    private async Task<PolicyIndex> CatchUpLockedAsync(TenantShell shell, TenantPolicyIndex holder, bool rebuild, CancellationToken cancellationToken, bool? optimize = null)
    {
        holder.LastCheckTicks = Environment.TickCount64;
        var index = holder.Index ??= Open(holder.Path);
        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var indexed = 0;
        var startCursor = index.Cursor;
        while (true)
        {
            var cursor = index.Cursor;
            if (rebuild || cursor == 0)
            {
                indexed += await RebuildCoreAsync(shell.Name, index, db, cancellationToken);
                rebuild = false;
                if (index.Cursor == 0)
                {
                    break; // nothing was ever written to this tenant's documents
                }

                continue;
            }

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
                rebuild = true;
                continue;
            }

            indexed += await ApplyAsync(shell.Name, index, db, tasks, cancellationToken);
            if (optimize is null && indexed >= _options.OptimizeAfter && tasks.Count < _options.TasksPerCommit)
            {
                index.Optimize();
            }

            index.Commit(tasks[^1].Id);
        }

        // Only when tasks were applied: a site without documents keeps cursor 0 and must not lose its cached pages every few seconds.
        if (index.Cursor != startCursor)
        {
            // Every write of a document leaves a task, on whichever node or process made it: applying the
            // tasks is the one place that sees them all, so cached public pages are dropped here.
            await pages.ContentChangedAsync(shell.Name, cancellationToken);
        }

        return index;
    }

    private PolicyIndex Open(string path)
    {
        try
        {
            return OpenWhenReleased(path);
        }
        catch (PolicyIndexCorruptException exception)
        {
            // The database is the truth: start again from an empty index (cursor 0 → full rebuild).
            logger.LogWarning(exception, "Policy index {Path} is unreadable; rebuilding it from the database", path);
            return PolicyIndex.Recreate(path);
        }
    }

    /// <summary>An evicted shell of the same tenant may still be closing its writer: give it a moment.</summary>
    private static PolicyIndex OpenWhenReleased(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return PolicyIndex.Open(path, verifyChecksums: true);
            }
            catch (LockObtainFailedException) when (attempt < 3)
            {
                Thread.Sleep(200);
            }
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

    private async Task<int> RebuildCoreAsync(string tenant, PolicyIndex index, PoliciesDbContext db, CancellationToken cancellationToken)
    {
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

            index.Upsert(Map(documents, tenant));
            count += documents.Count;
            after = documents[^1].Id;
        }

        if (count >= _options.OptimizeAfter)
        {
            index.Optimize();
        }

        index.Commit(cursor);
        logger.LogInformation("Policy index of {Tenant} rebuilt: {Count} documents, cursor {Cursor}", tenant, count, cursor);
        return count;
    }

    /// <summary>Markdown to text is a real cost on large bodies: done on all cores like the analysis.</summary>
    private static List<PolicyIndexDocument> Map(List<PolicyDocument> documents, string tenant)
        => documents.Count < 16
            ? documents.ConvertAll(d => PolicyIndexMapper.ToIndex(d, tenant))
            : [.. documents.AsParallel().AsOrdered().Select(d => PolicyIndexMapper.ToIndex(d, tenant))];
}

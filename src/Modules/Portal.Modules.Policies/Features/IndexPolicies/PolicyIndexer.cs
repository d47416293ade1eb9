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
/// Only the process holding the folder's <see cref="IndexOwnership"/> lease writes it; an index that fails
/// while written is closed, and the next catch-up (the background task, every few seconds) opens or rebuilds it.
/// </summary>
public sealed class PolicyIndexer(
    TenantScopeFactory scopes,
    ShellHost shells,
    IOptions<PortalDataOptions> data,
    IOptions<PolicyIndexOptions> options,
    IndexOwnership ownership,
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
            return await WritingAsync(holder, () => CatchUpLockedAsync(shell, holder, rebuild: false, cancellationToken));
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
            var index = await WritingAsync(holder, () => CatchUpLockedAsync(shell, holder, rebuild: false, cancellationToken, optimize));
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
            await WritingAsync(holder, () => CatchUpLockedAsync(shell, holder, rebuild: true, cancellationToken));
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
            Close(holder);
            holder.LastCheckTicks = 0;
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    /// <summary>
    /// After a save has committed: brings the index up to date, but never fails the save. When the index cannot
    /// be written (folder gone, files damaged, another process owns it) the change stays queued in the task
    /// table and the background catch-up applies it once the index is open again (rebuilt when needed).
    /// </summary>
    public async Task AfterCommitAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        try
        {
            await CatchUpAsync(shell, cancellationToken: cancellationToken);
        }
        catch (Exception exception) when (IsIndexFailure(exception))
        {
            logger.LogWarning(exception, "Policy index of {Tenant} could not take a committed change now; the background catch-up will", shell.Name);
        }
    }

    /// <summary>Closes this process's index of the tenant and gives its lease back (the command line, before it exits).</summary>
    public async Task CloseAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        var holder = Holder(shell);
        await holder.Gate.WaitAsync(cancellationToken);
        try
        {
            Close(holder);
            if (holder.LeaseRenewedTicks != 0)
            {
                holder.LeaseRenewedTicks = 0;
                await ownership.ReleaseAsync(shell, holder.Path);
            }
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    /// <summary>Queues a full rebuild for the index's owner (a running host applies it within seconds, in the background).</summary>
    public async Task RequestRebuildAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        await using var transaction = await PolicyWrites.BeginAsync(db, cancellationToken);
        PolicyWrites.AddTask(db, 0, IndexingTaskKind.Rebuild, DateTime.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The live lease holder of the tenant's index other than this process, if any.</summary>
    public Task<string?> OtherOwnerAsync(TenantShell shell, CancellationToken cancellationToken = default)
        => ownership.OtherHolderAsync(shell, IndexPath(shell.Name), cancellationToken);

    /// <summary>A failure of the index's files, however Lucene wraps it (a missing file can surface inside a sort's comparer).</summary>
    internal static bool IsIndexFailure(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is IOException or UnauthorizedAccessException or PolicyIndexCorruptException or PolicyIndexBusyException
                or ObjectDisposedException or Lucene.Net.Index.CorruptIndexException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An index that failed while being written is closed: the next use opens it again, verified, or rebuilds it.</summary>
    private static async Task<PolicyIndex> WritingAsync(TenantPolicyIndex holder, Func<Task<PolicyIndex>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception exception) when (IsIndexFailure(exception) && exception is not PolicyIndexBusyException)
        {
            Close(holder);
            throw;
        }
    }

    private static void Close(TenantPolicyIndex holder)
    {
        try
        {
            holder.Index?.Dispose();
        }
        catch (Exception exception) when (IsIndexFailure(exception))
        {
            // Its files are already gone or broken; nothing left to flush.
        }

        holder.Index = null;
    }

    /// <summary>
    /// The index resource of a live shell. A shell evicted meanwhile (a registry change) must not get a new one:
    /// nothing would ever close it, and its writer would keep the folder locked against the tenant's new shell.
    /// </summary>
    private TenantPolicyIndex Holder(TenantShell shell)
    {
        var holder = shell.GetOrAddResource(s => new TenantPolicyIndex(IndexPath(s.Name)) { ReleaseLease = () => ownership.ReleaseAsync(s, IndexPath(s.Name)) });
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
        if (holder.Index is null || Environment.TickCount64 - holder.LeaseRenewedTicks > IndexOwnership.RenewEvery.TotalMilliseconds)
        {
            if (await ownership.TryHoldAsync(shell, holder.Path, cancellationToken) is { } other)
            {
                // Another process owns the folder (or took it over while we were paused): never write it from here.
                Close(holder);
                holder.LeaseRenewedTicks = 0;
                throw new PolicyIndexBusyException($"站点 {shell.Name} 的检索索引正由另一个进程（{other}）维护。") { Holder = other };
            }

            holder.LeaseRenewedTicks = Environment.TickCount64;
        }

        var index = holder.Index ??= Open(holder.Path);
        // A rebuild can outlast the lease: keep renewing it while this catch-up writes.
        using var writing = new CancellationTokenSource();
        var renewing = RenewWhileWritingAsync(shell, holder, writing.Token);
        try
        {
            return await ApplyPendingAsync(shell, index, rebuild, optimize, cancellationToken);
        }
        finally
        {
            await writing.CancelAsync();
            await renewing;
        }
    }

    private async Task RenewWhileWritingAsync(TenantShell shell, TenantPolicyIndex holder, CancellationToken writing)
    {
        try
        {
            while (true)
            {
                await Task.Delay(IndexOwnership.RenewEvery, writing);
                if (await ownership.TryHoldAsync(shell, holder.Path, writing) is { } other)
                {
                    logger.LogError("Policy index of {Tenant}: lease lost to {Holder} during a write", shell.Name, other);
                    return;
                }

                holder.LeaseRenewedTicks = Environment.TickCount64;
            }
        }
        catch (OperationCanceledException)
        {
            // The write finished.
        }
    }

    private async Task<PolicyIndex> ApplyPendingAsync(TenantShell shell, PolicyIndex index, bool rebuild, bool? optimize, CancellationToken cancellationToken)
    {
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

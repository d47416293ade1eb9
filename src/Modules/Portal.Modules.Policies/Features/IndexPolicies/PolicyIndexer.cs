using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Events;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Persistence;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// Keeps each tenant's index in line with its database. The database is the truth: the index applies the
/// events of the site's log after its cursor (<see cref="IndexCatchUp"/>, ADR 0028); a missing, corrupt or damaged index is rebuilt in the
/// background and swapped in (<see cref="IndexRebuilder"/>). Only the process holding the folder's
/// <see cref="IndexOwnership"/> lease writes it (<see cref="IndexLeaseKeeper"/>). One catch-up at a time per
/// tenant (the holder's gate).
/// </summary>
internal sealed class PolicyIndexer
{
    private readonly TenantScopeFactory _scopes;
    private readonly ShellHost _shells;
    private readonly IOptions<PortalDataOptions> _data;
    private readonly PolicyIndexOptions _options;
    private readonly IndexOwnership _ownership;
    private readonly ILogger<PolicyIndexer> _logger;
    private readonly IndexCatchUp _catchUp;
    private readonly IndexLeaseKeeper _leases;
    private readonly IndexRebuilder _rebuilder;

    internal PolicyIndexer(
        TenantScopeFactory scopes,
        ShellHost shells,
        IOptions<PortalDataOptions> data,
        IOptions<PolicyIndexOptions> options,
        IndexOwnership ownership,
        IndexCatchUp catchUp,
        IndexLeaseKeeper leases,
        IndexRebuilder rebuilder,
        ILogger<PolicyIndexer> logger)
    {
        _scopes = scopes;
        _shells = shells;
        _data = data;
        _options = options.Value;
        _ownership = ownership;
        _catchUp = catchUp;
        _leases = leases;
        _rebuilder = rebuilder;
        _logger = logger;
    }

    public string IndexPath(string tenantName) => Path.Combine(_data.Value.TenantFolder(tenantName), "indexes", "policies");

    /// <summary>
    /// The tenant's index for a search, holding every change committed before the search began (on any node:
    /// the database is asked for its newest change, one indexed read). During a background rebuild: the last
    /// good index, or <see cref="PolicyIndexRebuildingException"/> when none can be read.
    /// </summary>
    public async Task<PolicyIndex> ForSearchAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        var holder = Holder(shell);
        var latest = await _catchUp.LatestAsync(shell, cancellationToken);
        for (var round = 0; ; round++)
        {
            if (holder.Current(latest, _options.FileCheckInterval) is { } open)
            {
                return open;
            }

            if (holder.IsRebuilding)
            {
                var view = await holder.WhileRebuildingAsync(_options.RebuildWait, cancellationToken);
                if (holder.IsRebuilding)
                {
                    return view; // the last good view while the rebuild runs
                }

                continue; // rebuilt: it may still lack what was written during the swap
            }

            if (round > 3)
            {
                throw new PolicyIndexRebuildingException(); // rebuilds keep failing (the log says why): don't spin
            }

            // Behind (or never opened): wait for a running catch-up rather than answer without a change the reader just made.
            await holder.Gate.WaitAsync(cancellationToken);
            try
            {
                if (holder.Current(latest, _options.FileCheckInterval) is { } caughtUp)
                {
                    return caughtUp; // the catch-up we waited for took it there
                }

                if (await CatchUpLockedAsync(shell, holder, optimize: null, cancellationToken) is { } index)
                {
                    return index;
                }
            }
            finally
            {
                holder.Gate.Release();
            }
        }
    }

    /// <summary>Applies every pending change now (after an edit or import, so it is searchable at once); waits for a running rebuild.</summary>
    /// <param name="optimize">Null: merge segments when many documents were indexed; false: never (more batches follow); true: always.</param>
    public async Task<PolicyIndex> CatchUpAsync(TenantShell shell, bool? optimize = null, CancellationToken cancellationToken = default)
    {
        var holder = Holder(shell);
        while (true)
        {
            Task? rebuild;
            await holder.Gate.WaitAsync(cancellationToken);
            try
            {
                if (await CatchUpLockedAsync(shell, holder, optimize, cancellationToken) is { } index)
                {
                    if (optimize == true && index.SegmentCount > 1)
                    {
                        index.Optimize();
                        index.Commit(index.Cursor);
                    }

                    return index;
                }

                rebuild = holder.Rebuild;
            }
            finally
            {
                holder.Gate.Release();
            }

            if (rebuild is not null)
            {
                await rebuild.WaitAsync(cancellationToken);
            }
        }
    }

    /// <summary>Throws the index away and builds it again from the database (beside it, then swapped in); returns the documents indexed.</summary>
    public async Task<int> RebuildAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        var holder = Holder(shell);
        Task rebuild;
        await holder.Gate.WaitAsync(cancellationToken);
        try
        {
            await _leases.EnsureAsync(shell, holder, cancellationToken);
            rebuild = _rebuilder.Start(shell, holder, holder.Index, "asked for");
        }
        finally
        {
            holder.Gate.Release();
        }

        await rebuild.WaitAsync(cancellationToken);
        return (await CatchUpAsync(shell, cancellationToken: cancellationToken)).DocumentCount;
    }

    /// <summary>
    /// A search failed on <paramref name="failed"/> with an index failure: when its files are damaged, stop
    /// answering from it and rebuild in the background.
    /// </summary>
    public async Task ReportSearchFailureAsync(TenantShell shell, PolicyIndex failed, CancellationToken cancellationToken = default)
    {
        if (!_shells.IsCurrent(shell))
        {
            return; // evicted meanwhile: its index is closed, the tenant's new shell opens it again
        }

        var holder = Holder(shell);
        await holder.Gate.WaitAsync(cancellationToken);
        try
        {
            if (ReferenceEquals(holder.LastGood, failed))
            {
                IndexFailure.CloseQuietly(failed);
                holder.LastGood = null;
            }
            else if (ReferenceEquals(holder.Index, failed) && !IndexOpener.Readable(failed))
            {
                await _leases.EnsureAsync(shell, holder, cancellationToken);
                _ = _rebuilder.Start(shell, holder, lastGood: null, "a search could not read it");
            }
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    /// <summary>
    /// After a save has committed: brings the index up to date, but never fails the save and never waits for a
    /// rebuild. When the index cannot be written (folder gone, files damaged, another process owns it) the
    /// change stays in the database and the background catch-up applies it once the index is open again.
    /// </summary>
    public Task AfterCommitAsync(TenantShell shell, CancellationToken cancellationToken = default) => KeepUpAsync(shell, cancellationToken);

    /// <summary>The background catch-up (every few seconds on each node): like <see cref="AfterCommitAsync"/>, never waits for a rebuild.</summary>
    internal async Task KeepUpAsync(TenantShell shell, CancellationToken cancellationToken)
    {
        try
        {
            var holder = Holder(shell);
            await holder.Gate.WaitAsync(cancellationToken);
            try
            {
                await CatchUpLockedAsync(shell, holder, optimize: null, cancellationToken);
            }
            finally
            {
                holder.Gate.Release();
            }
        }
        catch (Exception exception) when (IndexFailure.Is(exception))
        {
            _logger.LogWarning(exception, "Policy index of {Tenant} could not take a committed change now; the background catch-up will", shell.Name);
        }
    }

    /// <summary>Closes this process's index of the tenant and gives its lease back (the command line, before it exits).</summary>
    public async Task CloseAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        var holder = Holder(shell);
        await holder.Gate.WaitAsync(cancellationToken);
        try
        {
            IndexFailure.CloseQuietly(holder.Index);
            holder.Index = null;
            if (holder.LeaseRenewedTicks != 0)
            {
                holder.LeaseRenewedTicks = 0;
                await _leases.ReleaseAsync(shell, holder);
            }
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    /// <summary>Asks every node to rebuild its index of the site (an event in the site's log; a running host applies it within seconds, in the background).</summary>
    public async Task RequestRebuildAsync(TenantShell shell, string requestedBy, CancellationToken cancellationToken = default)
    {
        await using var scope = _scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        db.Publish(new PolicyIndexRebuildRequested(requestedBy), DateTime.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The live lease holder of the tenant's index other than this process, if any.</summary>
    public Task<string?> OtherOwnerAsync(TenantShell shell, CancellationToken cancellationToken = default)
        => _ownership.OtherHolderAsync(shell, IndexPath(shell.Name), cancellationToken);

    /// <summary>A failure of the index's files, however Lucene wraps it.</summary>
    internal static bool IsIndexFailure(Exception? exception) => IndexFailure.Is(exception);

    /// <summary>
    /// Under the gate: the open index, current; null while a rebuild runs (started here when the index is missing,
    /// unreadable or damaged, or a rebuild was asked for).
    /// </summary>
    private async Task<PolicyIndex?> CatchUpLockedAsync(TenantShell shell, TenantPolicyIndex holder, bool? optimize, CancellationToken cancellationToken)
    {
        if (holder.IsRebuilding)
        {
            return null;
        }

        await _leases.EnsureAsync(shell, holder, cancellationToken);
        if (holder.Index is null)
        {
            var (opened, problem, missing) = IndexOpener.Open(holder.Path);
            if (opened is null)
            {
                // No index at all (a new site, a removed folder): nothing was damaged and nothing else could answer, so
                // searches wait for this build as they always did. Unreadable files: searches don't wait (finding 16).
                _ = _rebuilder.Start(shell, holder, holder.LastGood, problem, searchesWait: missing && holder.LastGood is null);
                return null;
            }

            holder.Index = opened;
            holder.LastFileCheckTicks = Environment.TickCount64;
        }

        var index = holder.Index;
        if (holder.FileCheckDue(_options.FileCheckInterval))
        {
            holder.LastFileCheckTicks = Environment.TickCount64;
            if (!index.FilesIntact())
            {
                // Damaged in place under us: the open reader may still read (deleted files stay open), so it answers until the swap.
                _ = _rebuilder.Start(shell, holder, IndexOpener.Readable(index) ? index : null, "its files were changed under the running host");
                return null;
            }
        }

        try
        {
            if (await _leases.WhileWritingAsync(shell, holder, () => _catchUp.ApplyPendingAsync(shell, index, optimize, cancellationToken)))
            {
                return index;
            }

            _ = _rebuilder.Start(shell, holder, index, "a rebuild was asked for");
            return null;
        }
        catch (Exception exception) when (IndexFailure.Is(exception) && exception is not PolicyIndexBusyException)
        {
            // Failed while written: the next use opens it again, verified, or rebuilds it.
            IndexFailure.CloseQuietly(index);
            holder.Index = null;
            throw;
        }
    }

    /// <summary>
    /// The index resource of a live shell. A shell evicted meanwhile (a registry change) must not get a new one:
    /// nothing would ever close it, and its writer would keep the folder locked against the tenant's new shell.
    /// </summary>
    private TenantPolicyIndex Holder(TenantShell shell)
    {
        var holder = shell.GetOrAddResource(s => new TenantPolicyIndex(IndexPath(s.Name)) { ReleaseLease = () => _ownership.ReleaseAsync(s, IndexPath(s.Name)) });
        if (!_shells.IsCurrent(shell))
        {
            holder.Dispose();
            throw new ObjectDisposedException(nameof(TenantShell), $"Tenant {shell.Name} was evicted; use its current shell.");
        }

        return holder;
    }
}

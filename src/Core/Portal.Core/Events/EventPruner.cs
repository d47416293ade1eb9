using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Cluster;
using Portal.Core.Tenants;

namespace Portal.Core.Events;

/// <summary>
/// Deletes delivered events older than <see cref="EventDispatchOptions.PruneAfterDays"/> from the active sites'
/// outboxes, once across the cluster (a round of <see cref="ClusterRounds"/> under the lock <see cref="RoundLock"/>). An event counts as delivered when
/// every handler of its type has its cursor past it; an event with a failure (retrying or parked for the
/// 系统管理员) is kept, and the newest event always stays, so sequences never start again and per-node readers
/// (<see cref="EventLog"/>) can tell when they have fallen behind the pruning.
/// </summary>
internal sealed class EventPruner(
    IEnumerable<EventSubscription> subscriptions,
    TenantScopeFactory scopes,
    ClusterRounds rounds,
    IOptions<EventDispatchOptions> options,
    TimeProvider clock,
    ILogger<EventPruner> logger) : IClusterRound
{
    public const string RoundLock = "portal.events.prune";
    private const int BatchSize = 1_000;
    private readonly IReadOnlyList<EventSubscription> _subscriptions = [.. subscriptions];

    public string LockName => RoundLock;

    public TimeSpan Interval => options.Value.PruneInterval;

    /// <summary>One round over the active sites; false when another node holds the lock (it prunes).</summary>
    public Task<bool> PruneActiveAsync(CancellationToken cancellationToken = default) => rounds.RunAsync(this, cancellationToken);

    async Task IClusterRound.RunAsync(TenantShell tenant, CancellationToken cancellationToken)
    {
        var pruned = await PruneAsync(tenant, cancellationToken);
        if (pruned > 0)
        {
            logger.LogInformation("Pruned {Count} delivered events of tenant {Tenant}", pruned, tenant.Name);
        }
    }

    /// <summary>Prunes one site's outbox; returns the events deleted.</summary>
    public async Task<int> PruneAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var newest = await db.Events.MaxAsync(e => (long?)e.Sequence, cancellationToken);
        if (newest is null)
        {
            return 0;
        }

        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.PruneAfterDays);
        var cursors = await db.Cursors.AsNoTracking().ToDictionaryAsync(c => c.Handler, c => c.Position, cancellationToken);

        // Per event type: delivered up to the slowest of its handlers (a handler that never ran holds everything).
        var deliveredUpTo = _subscriptions.GroupBy(s => s.EventName)
            .ToDictionary(g => g.Key, g => g.Min(s => cursors.GetValueOrDefault(s.HandlerId)));
        var failing = (await db.Failures.AsNoTracking().Select(f => f.Sequence).ToListAsync(cancellationToken)).ToHashSet();
        var pruned = 0;
        long after = 0;
        while (true)
        {
            var candidates = await db.Events.AsNoTracking()
                .Where(e => e.Sequence > after && e.Sequence < newest && e.OccurredUtc < cutoff)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .Select(e => new { e.Sequence, e.EventId, e.Type })
                .ToListAsync(cancellationToken);
            if (candidates.Count == 0)
            {
                return pruned;
            }

            after = candidates[^1].Sequence;
            var delivered = candidates
                .Where(e => !failing.Contains(e.Sequence) && (!deliveredUpTo.TryGetValue(e.Type, out var upTo) || e.Sequence <= upTo))
                .ToList();
            var sequences = delivered.Select(e => e.Sequence).ToList();
            var ids = delivered.Select(e => e.EventId).ToList();
            await db.Handled.Where(h => ids.Contains(h.EventId)).ExecuteDeleteAsync(cancellationToken);
            pruned += await db.Events.Where(e => sequences.Contains(e.Sequence)).ExecuteDeleteAsync(cancellationToken);
        }
    }
}

using Portal.Core.Tenants;

namespace Portal.Core.Cluster;

/// <summary>
/// Background work that runs for every active tenant, once across the nodes of the cluster, every <see cref="Interval"/>
/// (event dispatch, outbox pruning, schedules). <see cref="ClusterRounds"/> takes the lock <see cref="LockName"/> and
/// loops over the tenants; <see cref="ClusterRoundService"/> runs the rounds on a timer. Register with
/// <c>services.AddClusterRound&lt;T&gt;()</c>.
/// </summary>
public interface IClusterRound
{
    /// <summary>The cluster lock of the round: a stable name, one per kind of work.</summary>
    string LockName { get; }

    TimeSpan Interval { get; }

    /// <summary>False when there is nothing to do at all on this host (e.g. no event handler is registered); no timer then runs.</summary>
    bool HasWork => true;

    /// <summary>The work for one tenant. A failure is logged and the round goes on with the next tenant.</summary>
    Task RunAsync(TenantShell tenant, CancellationToken cancellationToken);
}

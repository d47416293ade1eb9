using Microsoft.Extensions.Logging;
using Portal.Core.Operations;
using Portal.Core.Tenants;

namespace Portal.Core.Cluster;

/// <summary>
/// The one runner for "for each active tenant, once across nodes": takes the round's cluster lock, runs the work for
/// each active tenant with the tenant on every log line, and lets the lock go. A node that finds the lock held skips
/// the round, since the holder is doing it.
/// </summary>
public sealed class ClusterRounds(ShellHost shells, IClusterLock clusterLock, ILogger<ClusterRounds> logger)
{
    /// <summary>One round over the active tenants; false when another node holds the round's lock.</summary>
    public async Task<bool> RunAsync(IClusterRound round, CancellationToken cancellationToken = default)
    {
        await using var held = await clusterLock.TryAcquireAsync(round.LockName, cancellationToken);
        if (held is null)
        {
            return false;
        }

        foreach (var shell in shells.Active.ToList())
        {
            using var logScope = logger.BeginScope(TenantLogScope.For(shell.Name));
            try
            {
                await round.RunAsync(shell, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Round {Round} failed for tenant {Tenant}", round.LockName, shell.Name);
            }
        }

        return true;
    }
}

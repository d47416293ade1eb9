using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Cluster;

/// <summary>Runs every registered <see cref="IClusterRound"/> on its own timer; the cluster lock keeps each round to one node.</summary>
internal sealed class ClusterRoundService(IEnumerable<IClusterRound> rounds, ClusterRounds runner, ILogger<ClusterRoundService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => Task.WhenAll(rounds.Where(r => r.HasWork).Select(r => RepeatAsync(r, stoppingToken)));

    private async Task RepeatAsync(IClusterRound round, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(round.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await runner.RunAsync(round, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The lock could not be taken or released (e.g. the host database is away): the next tick tries again.
                logger.LogWarning(exception, "Round {Round} failed; retrying at the next interval", round.LockName);
            }
        }
    }
}

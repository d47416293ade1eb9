using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Core.Events;

/// <summary>Runs the pruner every <see cref="EventDispatchOptions.PruneInterval"/>; the cluster lock keeps each round to one node.</summary>
internal sealed class EventPruneService(EventPruner pruner, IOptions<EventDispatchOptions> options, ILogger<EventPruneService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await pruner.PruneActiveAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Event pruning round failed; retrying at the next interval");
            }
        }
    }
}

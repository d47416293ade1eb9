using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Core.Events;

/// <summary>Runs the dispatcher every <see cref="EventDispatchOptions.Interval"/>; the cluster lock keeps it to one node at a time.</summary>
internal sealed class EventDispatchService(EventDispatcher dispatcher, IOptions<EventDispatchOptions> options, ILogger<EventDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (dispatcher.Subscriptions.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await dispatcher.DispatchActiveAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Event dispatch round failed; retrying");
            }
        }
    }
}

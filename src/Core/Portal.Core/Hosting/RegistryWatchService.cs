using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tenants;

namespace Portal.Core.Hosting;

/// <summary>Polls the registry's change feed and evicts idle tenants. One cheap query a second.</summary>
internal sealed class RegistryWatchService(RegistrySync sync, ShellHost shells, IOptions<PortalDataOptions> options, ILogger<RegistryWatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ChangePollInterval;
        var lastIdleCheck = Environment.TickCount64;
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                await sync.SyncAsync(stoppingToken);
                if (Environment.TickCount64 - lastIdleCheck > 30_000)
                {
                    lastIdleCheck = Environment.TickCount64;
                    await shells.EvictIdleAsync(options.Value.IdleTimeout);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Could not read the registry's change feed; retrying");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

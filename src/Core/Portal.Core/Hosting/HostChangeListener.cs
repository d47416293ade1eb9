using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Core.Data;
using Portal.Core.Tenants;

namespace Portal.Core.Hosting;

/// <summary>
/// On PostgreSQL, listens on <see cref="HostChangeChannel"/> and applies the feed as soon as another
/// node or the command line changes the registry, instead of waiting for the next poll (which stays
/// as the fallback, and as the only path on SQLite).
/// </summary>
internal sealed class HostChangeListener(RegistrySync sync, DatabaseConnections connections, IOptions<PortalDataOptions> options, ILogger<HostChangeListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Lost the registry notification channel; polling continues, reconnecting in 5 s");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connections.ConnectionString(options.Value.Provider, DatabaseConnections.HostDatabase))
        {
            Pooling = false,
            KeepAlive = 30,
        };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand("LISTEN " + HostChangeChannel.Name, connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Anything changed while this node was not listening yet.
        await sync.SyncAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            await connection.WaitAsync(stoppingToken);
            await sync.SyncAsync(stoppingToken);
        }
    }
}

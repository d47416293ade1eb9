using Microsoft.Extensions.Hosting;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Modules;

namespace Portal.Benchmarks;

/// <summary>The shell without the web, built the way the host's command-line verbs build it.</summary>
internal static class PortalServices
{
    public static async Task<IHost> StartAsync(string dataFolder)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        Configure(builder.Configuration, dataFolder);
        var catalog = ModuleLoader.LoadForHost(builder.Configuration);
        builder.Services.AddPortalCore(builder.Configuration, catalog);
        var host = builder.Build();
        await host.Services.GetRequiredService<PortalInitializer>().InitializeAsync();
        return host;
    }

    public static void Configure(IConfiguration configuration, string dataFolder)
    {
        configuration["Portal:DataFolder"] = dataFolder;
        configuration["Portal:DemoOnFirstRun"] = "false";
        // The host's appsettings.json (copied beside this program) logs at Information; per-tenant
        // migration lines and start-up chatter would bury the figures.
        configuration["Logging:LogLevel:Default"] = "Warning";
        configuration["Logging:LogLevel:Microsoft.AspNetCore"] = "Error";
    }

    /// <summary>
    /// ShellHost is only IAsyncDisposable, so a synchronous Dispose of the container would throw;
    /// disposing also evicts every active tenant and releases its pooled connections.
    /// </summary>
    public static async Task StopAsync(IHost host)
    {
        if (host is IAsyncDisposable asyncDisposable)
        {
            await asyncDisposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }

        // Microsoft.Data.Sqlite's pools are process-wide: clear them so the next measurement starts cold.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

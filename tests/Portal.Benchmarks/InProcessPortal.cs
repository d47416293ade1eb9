using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Portal.Core.Hosting;
using Portal.Core.Tenants;
using Portal.Core.Web;

namespace Portal.Benchmarks;

/// <summary>
/// The portal's web app inside this process, built as the host's "serve" verb builds it (without
/// the demo recipe), so its memory can be read with the GC's own figures.
/// </summary>
internal static class InProcessPortal
{
    public static async Task<WebApplication> StartAsync(string dataFolder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        PortalServices.Configure(builder.Configuration, dataFolder);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(LoopbackPort.Url(LoopbackPort.Next()).ToString().TrimEnd('/'));
        builder.AddPortal();
        var app = builder.Build();
        app.UsePortal();
        // What the host's first-run step does before serving, minus the demo recipe.
        await app.Services.GetRequiredService<PortalInitializer>().InitializeAsync();
        await app.Services.GetRequiredService<RegistrySync>().SyncAsync();
        await app.StartAsync();
        return app;
    }

    /// <summary>Stops before disposing, as the host does on shutdown, so background services end cleanly.</summary>
    public static async Task StopAsync(WebApplication app)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await app.StopAsync(limit.Token);
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public static Uri Address(WebApplication app)
        => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
}

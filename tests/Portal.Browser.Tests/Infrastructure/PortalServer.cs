using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Tenants;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>The real host on a loopback port (Kestrel), on a fresh data folder filled by the demo recipe.</summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "portal-browser-" + Guid.NewGuid().ToString("N")[..10]);

    public string BaseUrl { get; private set; } = "";

    /// <summary>The password the demo recipe generated for an account (written to initial-credentials.txt).</summary>
    public string DemoPassword(string tenant, string userName)
        => File.ReadLines(Path.Combine(_dataFolder, "initial-credentials.txt"))
            .Select(line => line.Split('\t'))
            .Single(cells => cells[0] == tenant && cells[1] == userName)[2];

    public static async Task<PortalServer> StartAsync()
    {
        var server = new PortalServer();
        server.UseKestrel(0);
        server.StartServer();
        var addresses = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        server.BaseUrl = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        // The healthcare desk (a county plugin) also on the Classic-theme demo site, so both themes show it.
        var recipe = Path.Combine(AppContext.BaseDirectory, "Recipes", "classic-healthcare.recipe.json");
        await server.Services.GetRequiredService<RecipeRunner>().RunFileAsync(recipe, PublicPages.ClassicSite);
        await server.Services.GetRequiredService<RegistrySync>().SyncAsync();
        return server;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Portal:DataFolder", _dataFolder);
        builder.UseSetting("Portal:DemoOnFirstRun", "true");
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_dataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a background task; the temp folder is cleaned by the OS.
            }
        }
    }
}

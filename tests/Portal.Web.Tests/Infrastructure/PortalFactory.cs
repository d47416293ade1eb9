using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Recipes;
using Portal.Core.Tenants;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>The real host on a fresh data folder (SQLite files or fresh PostgreSQL databases).</summary>
public sealed class PortalFactory(TestDatabase database, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = database;

    /// <summary>Extra host configuration of one test class (a manual clock, tighter limits …).</summary>
    public Action<IWebHostBuilder>? Customize { get; init; }

    public static Task<PortalFactory> StartAsync(DatabaseProvider provider) => StartAsync(provider, null, null);

    public static async Task<PortalFactory> StartAsync(DatabaseProvider provider, IReadOnlyDictionary<string, string?>? extraSettings, Action<IWebHostBuilder>? customize)
    {
        var database = new TestDatabase(provider);
        var settings = await database.SettingsAsync();
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var factory = new PortalFactory(database, settings) { Customize = customize };
        _ = factory.Server; // builds and starts the host: runs the first-run initialisation
        return factory;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Runs a recipe written inline by a test; returns what it changed.</summary>
    public async Task<IReadOnlyList<string>> RunRecipeAsync(string json, string? tenant = null)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var changes = await Get<RecipeRunner>().RunAsync(stream, AppContext.BaseDirectory, tenant);
        await Get<RegistrySync>().SyncAsync();
        return changes;
    }

    public HttpClient CreateBrowser(string? host = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (host is not null)
        {
            client.DefaultRequestHeaders.Host = host;
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Development");
        Customize?.Invoke(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Database.DataFolder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(Database.DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a background task; the temp folder is cleaned by the OS.
            }
        }
    }
}

using System.Net;
using System.Text.Json;
using Npgsql;
using Portal.Core.Data;
using Portal.Core.Tenants;
using Xunit;

namespace Portal.Web.Tests.Operations;

public abstract class HealthTests(OperationsFixture fixture)
{
    [Fact]
    public async Task Healthz_AnswersWithoutTouchingAnyDatabase()
    {
        using var client = fixture.Factory.CreateBrowser();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// A page that always reaches the site (never a kept copy, ADR 0032), so the request activates the tenant: a home
    /// page another test already viewed may come from the page cache without touching the tenant.
    /// </summary>
    private static string ActivatingPage(string tenant) => $"/{tenant}/account/login";

    [Fact]
    public async Task Readyz_ReportsHostAndEachActiveTenantDatabase_AsJson()
    {
        using var client = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ActivatingPage(fixture.County))).StatusCode);

        var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("host-database").GetProperty("status").GetString());
        var tenants = checks.GetProperty("tenant-databases");
        Assert.Equal("Healthy", tenants.GetProperty("data").GetProperty(fixture.County).GetString());
    }

    [Fact]
    public async Task Readyz_WhenAnActiveTenantsDatabaseIsGone_Answers503AndNamesIt()
    {
        var name = Infrastructure.TestRecipes.NewName("gone");
        await fixture.Factory.RunRecipeAsync($$"""{ "name": "one", "steps": [ { "step": "tenant", "name": "{{name}}", "displayName": "临时测试站" } ] }""");
        using var client = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ActivatingPage(name))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(ActivatingPage(fixture.County))).StatusCode);

        await DestroyDatabaseAsync(name);

        var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        var tenants = json.RootElement.GetProperty("checks").GetProperty("tenant-databases");
        Assert.StartsWith("Unhealthy", tenants.GetProperty("data").GetProperty(name).GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", tenants.GetProperty("data").GetProperty(fixture.County).GetString());

        // Back to ready once the broken site is no longer active.
        await fixture.Factory.Get<ShellHost>().EvictAsync(name);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    private async Task DestroyDatabaseAsync(string tenant)
    {
        var connections = fixture.Factory.Get<DatabaseConnections>();
        if (fixture.Factory.Database.Provider == DatabaseProvider.Sqlite)
        {
            connections.ReleaseConnections(DatabaseProvider.Sqlite, tenant);
            foreach (var file in Directory.GetFiles(Path.Combine(fixture.Factory.Database.DataFolder, "Sites", tenant), "portal.db*"))
            {
                File.Delete(file);
            }

            return;
        }

        var database = new NpgsqlConnectionStringBuilder(connections.ConnectionString(DatabaseProvider.Postgres, tenant)).Database;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(await Infrastructure.PostgresServer.ConnectionStringAsync()) { Database = "postgres" }.ToString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteHealthTests(SqliteOperations fixture) : HealthTests(fixture), IClassFixture<SqliteOperations>;

public sealed class PostgresHealthTests(PostgresOperations fixture) : HealthTests(fixture), IClassFixture<PostgresOperations>;

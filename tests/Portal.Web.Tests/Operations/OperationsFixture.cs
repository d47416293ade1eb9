using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Operations;

/// <summary>A host with a metrics token, every log line recorded, and a small tenant tree.</summary>
public abstract class OperationsFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string MetricsToken = "scrape-7f3a9c";

    public PortalFactory Factory { get; private set; } = null!;

    public RecordingLoggerProvider Logs { get; } = new();

    public string Province { get; } = TestRecipes.NewName("sheng");

    public string City { get; } = TestRecipes.NewName("shi");

    public string County { get; } = TestRecipes.NewName("donghe");

    public string Sibling { get; } = TestRecipes.NewName("xiling");

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Metrics:Token"] = MetricsToken,
            ["Portal:Metrics:AllowLoopback"] = "false",
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
        };
        Factory = await PortalFactory.StartAsync(provider, settings, builder => builder.ConfigureServices(s => s.AddLogging(l => l.AddProvider(Logs))));
        await Factory.RunRecipeAsync(TestRecipes.Hierarchy(Province, City, County, Sibling));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class SqliteOperations() : OperationsFixture(DatabaseProvider.Sqlite);

public sealed class PostgresOperations() : OperationsFixture(DatabaseProvider.Postgres);

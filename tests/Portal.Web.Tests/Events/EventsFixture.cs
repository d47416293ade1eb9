using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Events;
using Portal.Modules.Policies.Contracts;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Events;

/// <summary>
/// A province, a city and a county with the policy library, two test subscribers, a manual clock, and
/// the dispatcher's timer out of the way: the tests run dispatch rounds themselves.
/// </summary>
public abstract class EventsFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public PortalFactory Factory { get; private set; } = null!;

    public ManualClock Clock { get; } = new();

    public EventLogbook Logbook { get; } = new();

    public string Province { get; } = TestRecipes.NewName("sheng");

    public string City { get; } = TestRecipes.NewName("shi");

    public string County { get; } = TestRecipes.NewName("donghe");

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:Events:Interval"] = "01:00:00",
            ["Portal:Events:MaxAttempts"] = "3",
            ["Portal:Events:FirstRetryDelay"] = "00:01:00",
        };
        Factory = await PortalFactory.StartAsync(provider, settings, builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton(Logbook);
            services.AddEventHandler<PolicyDocumentChanged, RecordingSubscriber>("test.recording", "Portal.Policies");
            services.AddEventHandler<PolicyLibraryCounted, ParentCountSubscriber>("test.parent-count", "Portal.Policies");
        }));
        await Factory.RunRecipeAsync($$"""
            { "name": "events-test", "steps": [
              { "step": "tenant", "name": "{{Province}}", "displayName": "测试省老干部工作网", "features": ["Portal.Tenants", "Portal.Policies"] },
              { "step": "tenant", "name": "{{City}}", "displayName": "测试市老干部工作网", "parent": "{{Province}}" },
              { "step": "tenant", "name": "{{County}}", "displayName": "东河县老干部工作网", "parent": "{{City}}" },
              { "step": "users", "users": [ { "userName": "admin", "displayName": "县局系统管理员", "password": "Donghe2024admin", "roles": ["系统管理员"] } ] }
            ] }
            """);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class SqliteEvents() : EventsFixture(DatabaseProvider.Sqlite);

public sealed class PostgresEvents() : EventsFixture(DatabaseProvider.Postgres);

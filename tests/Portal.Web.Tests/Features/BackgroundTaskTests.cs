using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Features;

public sealed class BackgroundTaskTests(SqliteHierarchy fixture) : IClassFixture<SqliteHierarchy>
{
    [Fact]
    public async Task FeatureBackgroundWork_RunsOnlyForActiveTenantsWithTheFeatureOn_AndStopsWhenSwitchedOff()
    {
        var task = new RecordingTask();
        await using var host = fixture.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ITenantBackgroundTask>(task)));
        using var browser = host.CreateClient();
        await browser.GetStringAsync($"/{fixture.County}/");
        await browser.GetStringAsync($"/{fixture.Sibling}/");

        await WaitUntilAsync(() => task.Runs.ContainsKey(fixture.County));
        Assert.False(task.Runs.ContainsKey(fixture.Sibling));

        await host.Services.GetRequiredService<FeatureManager>().DisableAsync(fixture.County, ["Yizheng.Healthcare"]);
        await host.Services.GetRequiredService<RegistrySync>().SyncAsync();
        await browser.GetStringAsync($"/{fixture.County}/");
        var runsWhenOff = task.Runs[fixture.County];
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(runsWhenOff, task.Runs[fixture.County]);

        await host.Services.GetRequiredService<FeatureManager>().EnableAsync(fixture.County, ["Yizheng.Healthcare"]);
        await host.Services.GetRequiredService<RegistrySync>().SyncAsync();
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "the background task never ran");
    }

    private sealed class RecordingTask : ITenantBackgroundTask
    {
        public ConcurrentDictionary<string, int> Runs { get; } = new();

        public string FeatureId => "Yizheng.Healthcare";

        public TimeSpan Interval => TimeSpan.FromMilliseconds(500);

        public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            Runs.AddOrUpdate(services.GetRequiredService<TenantContext>().Tenant.Name, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}

using Portal.Core.Data;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Tenants;

public sealed class ShellLifecycleTests(SqliteHierarchy fixture) : IClassFixture<SqliteHierarchy>
{
    [Fact]
    public async Task ActivateEvictReload_200Times_GivesTheMemoryBack()
    {
        var shells = fixture.Factory.Get<ShellHost>();
        var tenant = (await fixture.Factory.Get<TenantStore>().FindAsync(fixture.County))!;
        using var browser = fixture.Factory.CreateBrowser();
        await CycleAsync(20); // warm up: JIT, EF model, Razor views
        var before = SettledMemory();

        await CycleAsync(200);
        var after = SettledMemory();

        Assert.False(shells.IsActive(tenant.Name));
        Assert.True(after - before < 4 * 1024 * 1024, $"managed memory grew by {(after - before) / 1024} KB over 200 cycles");

        async Task CycleAsync(int times)
        {
            for (var i = 0; i < times; i++)
            {
                var shell = await shells.GetAsync(tenant);
                shell.GetOrAddResource(_ => new MemoryStream(new byte[64 * 1024])); // a module's per-tenant resource
                Assert.Contains("东河县", await browser.GetStringAsync($"/{tenant.Name}/"), StringComparison.Ordinal);
                await shells.EvictAsync(tenant.Name);
            }
        }
    }

    [Fact]
    public async Task EvictIdle_DropsOnlyTenantsUnusedForLongerThanTheTimeout()
    {
        var shells = fixture.Factory.Get<ShellHost>();
        using var browser = fixture.Factory.CreateBrowser();
        await browser.GetStringAsync($"/{fixture.Sibling}/");
        Assert.True(shells.IsActive(fixture.Sibling));
        await shells.EvictIdleAsync(TimeSpan.FromHours(1));
        Assert.True(shells.IsActive(fixture.Sibling));
        await Task.Delay(50);
        await shells.EvictIdleAsync(TimeSpan.FromMilliseconds(10));
        Assert.False(shells.IsActive(fixture.Sibling));
    }

    private static long SettledMemory()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

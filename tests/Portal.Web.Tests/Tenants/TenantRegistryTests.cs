using Portal.Core;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Tenants;

public abstract class TenantRegistryTests(HierarchyFixture fixture)
{
    private TenantStore Store => fixture.Factory.Get<TenantStore>();

    [Theory]
    [InlineData("admin")]
    [InlineData("api")]
    [InlineData("../etc")]
    [InlineData("Yizheng")]
    [InlineData("a")]
    public async Task Create_WhenNameIsInvalidOrReserved_IsRefused(string name)
        => await Assert.ThrowsAsync<PortalException>(() => Store.CreateAsync(new TenantDraft(name, "某县")));

    [Fact]
    public async Task Create_WhenNamePrefixOrHostIsTaken_IsRefusedWithAClearMessage()
    {
        var name = await Assert.ThrowsAsync<PortalException>(() => Store.CreateAsync(new TenantDraft(fixture.County, "重复县")));
        Assert.Contains("已被使用", name.Message, StringComparison.Ordinal);
        var prefix = await Assert.ThrowsAsync<PortalException>(() => Store.CreateAsync(new TenantDraft(TestRecipes.NewName("dup"), "重复县") { Prefix = fixture.Sibling }));
        Assert.Contains("网址前缀", prefix.Message, StringComparison.Ordinal);
        var host = await Assert.ThrowsAsync<PortalException>(() => Store.CreateAsync(new TenantDraft(TestRecipes.NewName("dup"), "重复县") { Hosts = [$"{fixture.County}.example.gov.cn"] }));
        Assert.Contains("域名", host.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WhenSomeoneElseChangedTheTenant_IsRefused()
    {
        var before = (await Store.FindAsync(fixture.Sibling))!;
        await Store.UpdateAsync(fixture.Sibling, t => t.Branding.Footer = "主办：西岭县委老干部局", before.Version);
        var error = await Assert.ThrowsAsync<PortalException>(() => Store.UpdateAsync(fixture.Sibling, t => t.Branding.Footer = "被覆盖", before.Version));
        Assert.Contains("刚被其他人修改过", error.Message, StringComparison.Ordinal);
        Assert.Equal("主办：西岭县委老干部局", (await Store.FindAsync(fixture.Sibling))!.Branding.Footer);
    }

    [Fact]
    public async Task DisabledTenant_Answers404_AndComesBackWhenEnabled()
    {
        var name = TestRecipes.NewName("pause");
        await fixture.Factory.RunRecipeAsync($$"""{"name":"x","steps":[{"step":"tenant","name":"{{name}}","displayName":"暂停县","parent":"{{fixture.City}}"}]}""");
        var tenants = fixture.Factory.Get<TenantManager>();
        using var browser = fixture.Factory.CreateBrowser();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.GetAsync($"/{name}/")).StatusCode);

        await tenants.DisableAsync(name);
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await browser.GetAsync($"/{name}/")).StatusCode);

        await tenants.EnableAsync(name);
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await browser.GetAsync($"/{name}/")).StatusCode);
    }
}

public sealed class SqliteTenantRegistryTests(SqliteHierarchy fixture) : TenantRegistryTests(fixture), IClassFixture<SqliteHierarchy>;

public sealed class PostgresTenantRegistryTests(PostgresHierarchy fixture) : TenantRegistryTests(fixture), IClassFixture<PostgresHierarchy>;

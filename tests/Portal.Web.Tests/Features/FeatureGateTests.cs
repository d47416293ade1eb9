using System.Net;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Features;

public abstract class FeatureGateTests(HierarchyFixture fixture)
{
    private FeatureManager Features => fixture.Factory.Get<FeatureManager>();

    [Fact]
    public async Task PluginPage_IsServedOnlyWhereTheFeatureIsOn()
    {
        using var browser = fixture.Factory.CreateBrowser();
        var own = await browser.GetAsync($"/{fixture.County}/healthcare");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("东河县人民医院", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{fixture.Sibling}/healthcare")).StatusCode);
    }

    [Fact]
    public async Task DisablingAFeature_HidesPagesAndMenu_AndKeepsItsData()
    {
        var tenant = TestRecipes.NewName("beihu");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{tenant}}", "displayName": "北湖县老干部工作网", "parent": "{{fixture.City}}", "features": ["Yizheng.Healthcare"] },
              { "step": "healthcare", "assignments": [ { "retireeName": "陈立群", "unit": "北湖县财政局", "hospital": "北湖县中心医院" } ] }
            ] }
            """);
        using var browser = fixture.Factory.CreateBrowser();
        Assert.Contains("北湖县中心医院", await browser.GetStringAsync($"/{tenant}/healthcare"), StringComparison.Ordinal);

        await Features.DisableAsync(tenant, ["Yizheng.Healthcare"]);
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{tenant}/healthcare")).StatusCode);
        Assert.DoesNotContain("健康服务台", await browser.GetStringAsync($"/{tenant}/"), StringComparison.Ordinal);

        await Features.EnableAsync(tenant, ["Yizheng.Healthcare"]);
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
        Assert.Contains("北湖县中心医院", await browser.GetStringAsync($"/{tenant}/healthcare"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disabling_WhenAnotherFeatureNeedsIt_IsRefusedNamingTheDependent()
    {
        var error = await Assert.ThrowsAsync<PortalException>(() => Features.DisableAsync(fixture.County, ["Portal.Users"]));
        Assert.Contains("基础功能", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enabling_RootOnlyFeatureOnACounty_IsRefused()
    {
        var error = await Assert.ThrowsAsync<PortalException>(() => Features.EnableAsync(fixture.County, ["Portal.Tenants"]));
        Assert.Contains("只能由省级平台启用", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enabling_WhenParentCapsChildFeatures_IsRefused()
    {
        var city = TestRecipes.NewName("capcity");
        var county = TestRecipes.NewName("capxian");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{city}}", "displayName": "限制市", "parent": "{{fixture.Province}}", "childFeatureCap": [] },
              { "step": "tenant", "name": "{{county}}", "displayName": "限制县", "parent": "{{city}}" }
            ] }
            """);
        var error = await Assert.ThrowsAsync<PortalException>(() => Features.EnableAsync(county, ["Yizheng.Healthcare"]));
        Assert.Contains("未允许下级站点启用", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plugin_IsLoadedFromThePluginsFolder_NotReferencedByTheHost()
    {
        var module = fixture.Factory.Get<ModuleCatalog>().Find("Yizheng.Healthcare");
        Assert.NotNull(module);
        Assert.True(module.IsPlugin);
        Assert.DoesNotContain(typeof(Program).Assembly.GetReferencedAssemblies(), a => a.Name == module.Assembly.GetName().Name);
    }
}

public sealed class SqliteFeatureGateTests(SqliteHierarchy fixture) : FeatureGateTests(fixture), IClassFixture<SqliteHierarchy>;

public sealed class PostgresFeatureGateTests(PostgresHierarchy fixture) : FeatureGateTests(fixture), IClassFixture<PostgresHierarchy>;

using System.Net;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Tenants;

public abstract class TenantResolutionTests(HierarchyFixture fixture)
{
    [Fact]
    public async Task Home_WhenPrefixIsKnown_ShowsThatTenantsBranding()
    {
        using var browser = fixture.Factory.CreateBrowser();
        var html = await browser.GetStringAsync($"/{fixture.County}/");
        Assert.Contains("东河县老干部工作网", html, StringComparison.Ordinal);
        Assert.Contains("--brand: #1f5f3a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("西岭县", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WhenPrefixIsUnknown_Returns404()
    {
        using var browser = fixture.Factory.CreateBrowser();
        var response = await browser.GetAsync("/nosuchcounty/");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WhenHostIsBound_ResolvesTenantWithoutPrefix()
    {
        using var browser = fixture.Factory.CreateBrowser($"{fixture.County}.example.gov.cn");
        var html = await browser.GetStringAsync("/");
        Assert.Contains("东河县老干部工作网", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_WhenPrefixHasNoTrailingSlash_RedirectsIntoTheSite()
    {
        using var browser = fixture.Factory.CreateBrowser();
        var response = await browser.GetAsync($"/{fixture.County}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{fixture.County}/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task PlatformPage_ListsRunningSites()
    {
        using var browser = fixture.Factory.CreateBrowser();
        var html = await browser.GetStringAsync("/");
        Assert.Contains($"/{fixture.County}/", html, StringComparison.Ordinal);
        Assert.Contains("西岭县老干部工作网", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_IsCachedPerDisplayChoice_NotSharedAcrossModes()
    {
        using var browser = fixture.Factory.CreateBrowser();
        Assert.Contains("mode-standard", await browser.GetStringAsync($"/{fixture.Sibling}/"), StringComparison.Ordinal);
        using var elder = new HttpRequestMessage(HttpMethod.Get, $"/{fixture.Sibling}/");
        elder.Headers.Add("Cookie", "portal-display=elder.t2");
        var html = await (await browser.SendAsync(elder)).Content.ReadAsStringAsync();
        Assert.Contains("mode-elder text-2", html, StringComparison.Ordinal);
        Assert.Contains("mode-standard", await browser.GetStringAsync($"/{fixture.Sibling}/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Theme_IsChosenPerTenant()
    {
        using var browser = fixture.Factory.CreateBrowser();
        Assert.Contains("theme-clear", await browser.GetStringAsync($"/{fixture.County}/"), StringComparison.Ordinal);
        Assert.Contains("theme-classic", await browser.GetStringAsync($"/{fixture.Sibling}/"), StringComparison.Ordinal);
    }
}

public sealed class SqliteTenantResolutionTests(SqliteHierarchy fixture) : TenantResolutionTests(fixture), IClassFixture<SqliteHierarchy>;

public sealed class PostgresTenantResolutionTests(PostgresHierarchy fixture) : TenantResolutionTests(fixture), IClassFixture<PostgresHierarchy>;

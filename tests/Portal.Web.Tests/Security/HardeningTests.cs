using System.Net;
using Xunit;

namespace Portal.Web.Tests.Security;

public abstract class HardeningTests(HardeningFixture fixture)
{
    [Fact]
    public async Task EveryResponse_CarriesTheSecurityHeaders_WithoutInlineScripts()
    {
        using var browser = fixture.Factory.CreateBrowser();
        foreach (var path in new[] { $"/{fixture.County}/", $"/{fixture.County}/account/login", "/", "/nope" })
        {
            var response = await browser.GetAsync(path);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("style-src 'self' 'unsafe-inline'", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRejected()
    {
        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        var response = await admin.PostAsync($"/{fixture.County}/admin/features?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = "Yizheng.Healthcare" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/{fixture.County}/healthcare")).StatusCode);
    }

    [Fact]
    public async Task ServerError_IsAChinesePage_OrProblemJson_WithoutAStackTrace()
    {
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", SecurityFixture.Password);
        using var page = new HttpRequestMessage(HttpMethod.Get, $"/{fixture.County}/healthcare/records");
        page.Headers.Add("X-Test-Break-Audit", "1");
        var html = await clerk.SendAsync(page);
        Assert.Equal(HttpStatusCode.InternalServerError, html.StatusCode);
        var body = await html.Content.ReadAsStringAsync();
        Assert.Contains("服务暂时不可用", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Portal.Secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("王振华", body, StringComparison.Ordinal);

        using var auditor = await Browser.SignedInAsync(fixture.Factory, fixture.County, "auditor", SecurityFixture.Password);
        using var api = new HttpRequestMessage(HttpMethod.Get, $"/{fixture.County}/api/audit/entries");
        api.Headers.Add("X-Test-Break-Audit", "1");
        var json = await auditor.SendAsync(api);
        Assert.Equal(HttpStatusCode.InternalServerError, json.StatusCode);
        Assert.Equal("application/problem+json", json.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Portal.Secret", await json.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SqliteHardeningTests(SqliteHardening fixture) : HardeningTests(fixture), IClassFixture<SqliteHardening>;

public sealed class PostgresHardeningTests(PostgresHardening fixture) : HardeningTests(fixture), IClassFixture<PostgresHardening>;

using System.Net;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.SignIn;

public abstract class SignInTests(HierarchyFixture fixture)
{
    [Fact]
    public async Task Admin_WhenAnonymous_RedirectsToTheTenantsLoginPage()
    {
        using var browser = fixture.Factory.CreateBrowser();
        var response = await browser.GetAsync($"/{fixture.County}/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"http://localhost/{fixture.County}/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithTheTenantsAccount_OpensItsAdmin()
    {
        using var browser = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, fixture.County, "clerk", "Donghe2024pass")).StatusCode);
        var admin = await browser.GetAsync($"/{fixture.County}/admin");
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("东河县老干部工作网", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_SaysSoInChinese()
    {
        using var browser = fixture.Factory.CreateBrowser();
        var response = await SignInAsync(browser, fixture.County, "clerk", "wrong-password1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码不正确", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_OfOneTenant_GrantsNothingOnItsSibling()
    {
        using var browser = fixture.Factory.CreateBrowser($"{fixture.County}.example.gov.cn");
        await SignInAsync(browser, "", "clerk", "Donghe2024pass");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/admin")).StatusCode);

        // Replay the county's session cookie against the sibling (same user name exists there).
        using var sibling = fixture.Factory.CreateBrowser();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{fixture.Sibling}/admin");
        var session = await Browser.SessionCookieAsync(fixture.Factory, fixture.County, "clerk", "Donghe2024pass");
        request.Headers.Add("Cookie", session);
        var response = await sibling.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string tenant, string user, string password)
        => await Browser.PostLoginAsync(browser, tenant, user, password);
}

public sealed class SqliteSignInTests(SqliteHierarchy fixture) : SignInTests(fixture), IClassFixture<SqliteHierarchy>;

public sealed class PostgresSignInTests(PostgresHierarchy fixture) : SignInTests(fixture), IClassFixture<PostgresHierarchy>;

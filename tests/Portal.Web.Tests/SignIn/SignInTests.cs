using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.SignIn;

public abstract partial class SignInTests(HierarchyFixture fixture)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

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
        var session = await SessionCookieAsync(fixture.County);
        request.Headers.Add("Cookie", session);
        var response = await sibling.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private async Task<string> SessionCookieAsync(string tenant)
    {
        using var client = fixture.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync($"/{tenant}/account/login");
        var antiforgery = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var token = Token().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/{tenant}/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "clerk", ["Password"] = "Donghe2024pass", ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgery);
        var signedIn = await client.SendAsync(post);
        return string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith(".portal.session", StringComparison.Ordinal)).Select(c => c.Split(';')[0]));
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string tenant, string user, string password)
    {
        var root = tenant.Length == 0 ? "" : "/" + tenant;
        var page = await browser.GetStringAsync($"{root}/account/login");
        var token = Token().Match(page).Groups[1].Value;
        return await browser.PostAsync($"{root}/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }
}

public sealed class SqliteSignInTests(SqliteHierarchy fixture) : SignInTests(fixture), IClassFixture<SqliteHierarchy>;

public sealed class PostgresSignInTests(PostgresHierarchy fixture) : SignInTests(fixture), IClassFixture<PostgresHierarchy>;

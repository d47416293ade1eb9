using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using OtpNet;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>
/// Outside review (issue 14), findings 5, 6 and 15: the second-factor limit, return addresses, what the
/// server tells about itself and which accounts exist.
/// </summary>
public abstract partial class WebExposureTests(SecurityFixture fixture)
{
    [GeneratedRegex("id=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [Theory]
    [InlineData("/%09/127.0.0.1:8099/x")]
    [InlineData("/%0a/x")]
    [InlineData("/%0d%0aSet-Cookie:%20x=1")]
    [InlineData("//127.0.0.1:8099/x")]
    [InlineData("/%5C127.0.0.1")]
    [InlineData("http://127.0.0.1:8099/")]
    public async Task DisplaySwitch_WithAReturnAddressOffTheSite_GoesHomeInstead(string escapedReturn)
    {
        using var browser = fixture.Factory.CreateBrowser();
        var response = await browser.GetAsync($"/{fixture.County}/display?elder=1&return={escapedReturn}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{fixture.County}/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task DisplaySwitch_WithAChineseReturnPath_StaysOnThatPage()
    {
        using var browser = fixture.Factory.CreateBrowser();
        var back = $"/{fixture.County}/policies?q=养老服务";
        var response = await browser.GetAsync($"/{fixture.County}/display?elder=1&return={Uri.EscapeDataString(back)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/{fixture.County}/policies?q=%E5%85%BB%E8%80%81%E6%9C%8D%E5%8A%A1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SecondFactorStep_AnonymousPostsWithoutAName_DoNotLockRealUsersOut()
    {
        var name = TestRecipes.NewName("erci");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{fixture.County}}", "users": [
              { "userName": "{{name}}", "displayName": "冯建军", "password": "Erci#2024ok", "roles": ["编辑"] } ] } ] }
            """);
        string key;
        using (var enrol = await Browser.SignedInAsync(fixture.Factory, fixture.County, name, "Erci#2024ok"))
        {
            var page = await enrol.GetStringAsync($"/{fixture.County}/account/two-factor");
            key = KeyPattern().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            Assert.Equal(HttpStatusCode.Redirect, (await Browser.PostFormAsync(enrol, $"/{fixture.County}/account/two-factor", new() { ["Code"] = Code(key) })).StatusCode);
        }

        using var person = fixture.Factory.CreateBrowser();
        Assert.Contains("/account/login-2fa", (await Browser.PostLoginAsync(person, fixture.County, name, "Erci#2024ok")).Headers.Location!.ToString(), StringComparison.Ordinal);
        var form = await person.GetStringAsync($"/{fixture.County}/account/login-2fa");

        using var stranger = fixture.Factory.CreateBrowser();
        for (var i = 0; i < 12; i++)
        {
            await stranger.PostAsync($"/{fixture.County}/account/login-2fa", new FormUrlEncodedContent(new Dictionary<string, string> { ["Code"] = "123456" }));
        }

        var signedIn = await person.PostAsync($"/{fixture.County}/account/login-2fa", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = Code(key), ["__RequestVerificationToken"] = Browser.Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task FailedSignIn_SaysTheSameForALockedAccountAndAnUnknownOne()
    {
        var name = TestRecipes.NewName("suo");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{fixture.County}}", "users": [
              { "userName": "{{name}}", "displayName": "褚晓燕", "password": "Suoding#2024", "roles": ["编辑"] } ] } ] }
            """);
        using var browser = fixture.Factory.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await Browser.PostLoginAsync(browser, fixture.County, name, "Wrong#2024x");
        }

        var locked = Error(await (await Browser.PostLoginAsync(browser, fixture.County, name, "Suoding#2024")).Content.ReadAsStringAsync());
        var unknown = Error(await (await Browser.PostLoginAsync(browser, fixture.County, name + "x", "Suoding#2024")).Content.ReadAsStringAsync());
        Assert.Contains("用户名或密码不正确", locked, StringComparison.Ordinal);
        Assert.Equal(unknown, locked);
    }

    [Fact]
    public void Kestrel_DoesNotNameItselfInAServerHeader()
        => Assert.False(fixture.Factory.Get<IOptions<KestrelServerOptions>>().Value.AddServerHeader);

    [Fact]
    public async Task AntiforgeryCookie_IsSecure_OverHttps()
    {
        // A signed-in form (the sign-in form itself carries no token, ADR 0037).
        using var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.PostLoginAsync(client, fixture.County, "editor", SecurityFixture.Password)).StatusCode);
        var response = await client.GetAsync($"/{fixture.County}/account/password");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "只能是 PNG")]
    [InlineData("logo.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "不是 PNG 图片")]
    public async Task LogoUpload_RefusesAnythingButAPng_ByContent(string fileName, string content, string reason)
    {
        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        var path = $"/{fixture.County}/admin/branding";
        var page = await admin.GetStringAsync(path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(page)), "__RequestVerificationToken" },
            { new StringContent(Regex.Match(page, "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value), "Input.Version" },
            { new StringContent("东河县老干部工作网"), "Input.SiteName" },
            { new StringContent("#1f5f3a"), "Input.MainColor" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "logo", fileName },
        };
        var response = await admin.PostAsync(path, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("/media/logo-", await (await admin.GetAsync($"/{fixture.County}/")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("to=9999-12-31")]
    [InlineData("page=2147483647")]
    [InlineData("from=0001-01-01&to=9999-12-31&page=2147483647")]
    public async Task AuditSearch_WithExtremeDatesOrPages_AnswersNormally(string query)
    {
        using var auditor = await Browser.SignedInAsync(fixture.Factory, fixture.County, "auditor", SecurityFixture.Password);
        var api = await auditor.GetAsync($"/{fixture.County}/api/audit/entries?{query}");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        var page = await auditor.GetAsync($"/{fixture.County}/admin/audit?{query.Replace("=", "=", StringComparison.Ordinal).Replace("to=", "Filter.To=", StringComparison.Ordinal).Replace("from=", "Filter.From=", StringComparison.Ordinal).Replace("page=", "Filter.Page=", StringComparison.Ordinal)}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var export = await auditor.GetAsync($"/{fixture.County}/admin/audit/export?Filter.To=9999-12-31");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("登录", await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Error(string html) => Regex.Match(html, "<p[^>]*class=\"[^\"]*error[^\"]*\"[^>]*>(.*?)</p>", RegexOptions.Singleline).Groups[1].Value;

    private static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UtcNow);
}

public sealed class SqliteWebExposureTests(SqliteSecurity fixture) : WebExposureTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresWebExposureTests(PostgresSecurity fixture) : WebExposureTests(fixture), IClassFixture<PostgresSecurity>;

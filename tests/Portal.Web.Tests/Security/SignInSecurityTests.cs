using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Modules.Users.Domain;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Operations;
using Xunit;

namespace Portal.Web.Tests.Security;

public abstract class SignInSecurityTests(SecurityFixture fixture)
{
    [Fact]
    public async Task FiveWrongPasswords_LockTheAccountFor15Minutes_EvenForTheRightPassword()
    {
        var name = await CreateAccountAsync("孙丽萍", "Suoding#2024");
        using var browser = fixture.Factory.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await Browser.PostLoginAsync(browser, fixture.County, name, "Wrong#2024x");
        }

        var response = await Browser.PostLoginAsync(browser, fixture.County, name, "Suoding#2024");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已暂时锁定", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(name))!;
        Assert.InRange(user.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Retiree_SignsInWithPhoneNumberAndPassword()
    {
        using var browser = fixture.Factory.CreateBrowser();
        var response = await Browser.PostLoginAsync(browser, fixture.County, SecurityFixture.RetireePhone, SecurityFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task StaffReset_GivesTheRetireeANewPassword_ThatSignsIn_AndTheOldOneNoLonger()
    {
        var name = await CreateAccountAsync("周桂芳", "Zhougui#2024", phone: "13800001111");
        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        var id = await UserIdAsync(name);
        var reset = await Browser.PostFormAsync(admin, $"/{fixture.County}/admin/users/edit/{id}?handler=ResetPassword", [], $"/{fixture.County}/admin/users/edit/{id}");
        var html = await reset.Content.ReadAsStringAsync();
        var password = System.Text.RegularExpressions.Regex.Match(html, "的密码是：<strong>([^<]+)</strong>").Groups[1].Value;
        Assert.NotEmpty(password);

        using var browser = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await Browser.PostLoginAsync(browser, fixture.County, "13800001111", "Zhougui#2024")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.PostLoginAsync(browser, fixture.County, "13800001111", password)).StatusCode);

        // She then chooses her own password.
        var changed = await Browser.PostFormAsync(browser, $"/{fixture.County}/account/password", new() { ["Current"] = password, ["Next"] = "Guifang#1950", ["Repeat"] = "Guifang#1950" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var later = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.PostLoginAsync(later, fixture.County, "13800001111", "Guifang#1950")).StatusCode);
    }

    [Fact]
    public async Task DisabledAccount_CannotSignIn()
    {
        var name = await CreateAccountAsync("冯建军", "Fengjj#2024");
        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        var id = await UserIdAsync(name);
        var disabled = await Browser.PostFormAsync(admin, $"/{fixture.County}/admin/users/edit/{id}?handler=Disable", [], $"/{fixture.County}/admin/users/edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        using var browser = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await Browser.PostLoginAsync(browser, fixture.County, name, "Fengjj#2024")).StatusCode);
    }

    [Fact]
    public async Task WeakPasswords_AreRefused_ByTheRecipeAndByIdentity()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{fixture.County}}", "users": [ { "userName": "weak", "password": "abcdefgh1" } ] } ] }
            """));
        Assert.Contains("至少三种", error.Message, StringComparison.Ordinal);

        await using var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var result = await users.CreateAsync(new PortalUser { UserName = "weak2", DisplayName = "弱密码" }, "Ab1");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Description.Contains("至少需要 8 位", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignInPage_IsTheSameForEveryVisitor_AndKeptInThePageCache()
    {
        var url = $"/{fixture.County}/account/login?ReturnUrl=%2Fkept-test";
        using var first = fixture.Factory.CreateBrowser();
        using var second = fixture.Factory.CreateBrowser();
        var shown = await first.GetAsync(url);

        Assert.False(shown.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Asked until kept: background work of other tests' sites may evict the page between two requests.
        Assert.True(await CacheProbe.BecomesCachedAsync(second, url), "another visitor's sign-in page should come from the public-page cache");
        Assert.Equal(await shown.Content.ReadAsStringAsync(), await second.GetStringAsync(url));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    [InlineData("Origin", "http://evil.example")]
    [InlineData("Origin", "null")]
    public async Task SignInPost_FromAnotherSite_IsRefused_AndSignsNobodyIn(string header, string value)
    {
        var name = await CreateAccountAsync("郑秀兰", "Zhengxl#2024");
        using var browser = fixture.Factory.CreateBrowser();
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/{fixture.County}/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = name, ["Password"] = "Zhengxl#2024" }),
        };
        post.Headers.Add(header, value);

        var response = await browser.SendAsync(post);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请求有误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".portal.session", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"/{fixture.County}/admin")).StatusCode);
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "same-origin")]
    [InlineData("Sec-Fetch-Site", "none")]
    [InlineData("Origin", "http://localhost")]
    [InlineData(null, null)]
    public async Task SignInPost_FromTheSitesOwnPage_OrAClientWithoutOriginHeaders_SignsIn(string? header, string? value)
    {
        var name = await CreateAccountAsync("冯国强", "Fenggq#2024");
        using var browser = fixture.Factory.CreateBrowser();
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/{fixture.County}/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = name, ["Password"] = "Fenggq#2024" }),
        };
        if (header is not null)
        {
            post.Headers.Add(header, value);
        }

        var response = await browser.SendAsync(post);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".portal.session", StringComparison.Ordinal));
    }

    private async Task<string> CreateAccountAsync(string displayName, string password, string? phone = null)
    {
        var name = TestRecipes.NewName("u");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{fixture.County}}", "users": [
              { "userName": "{{name}}", "displayName": "{{displayName}}", "password": "{{password}}", "roles": ["离退休干部"]{{(phone is null ? "" : $", \"phoneNumber\": \"{phone}\"")}} } ] } ] }
            """);
        return name;
    }

    private async Task<string> UserIdAsync(string name)
    {
        await using var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(name))!.Id;
    }
}

public sealed class SqliteSignInSecurityTests(SqliteSecurity fixture) : SignInSecurityTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresSignInSecurityTests(PostgresSecurity fixture) : SignInSecurityTests(fixture), IClassFixture<PostgresSecurity>;

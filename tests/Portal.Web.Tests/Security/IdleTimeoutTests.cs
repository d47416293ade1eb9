using System.Net;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>
/// Idle timeout: 20 minutes by default, per site, counted from the last request; the admin page carries what
/// its warning script needs (a real browser test drives the script itself: ids idle-warning, idle-continue,
/// idle-countdown; body data-idle-seconds, data-keepalive-url, data-login-url).
/// </summary>
public abstract class IdleTimeoutTests(ClockedSecurityFixture fixture)
{
    private string Admin => $"/{fixture.County}/admin";

    [Fact]
    public async Task AdminPage_CarriesTheTimeout_TheWarningAndItsScript_WithoutInlineScript()
    {
        using var browser = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        var html = await browser.GetStringAsync(Admin);
        Assert.Contains("data-idle-seconds=\"1200\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-keepalive-url=\"/{fixture.County}/account/keep-alive\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"idle-warning\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"idle-continue\" class=\"idle-warning__button\">继续使用</button>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/_content/Portal.Themes.Admin/idle-timeout.js\" defer></script>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script(?![^>]*src=)[^>]*>", html);
        var script = await browser.GetAsync("/_content/Portal.Themes.Admin/idle-timeout.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("sessionStorage", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_LastsWhileUsedOrKeptAlive_AndEndsAfter20IdleMinutes()
    {
        using var browser = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        var page = await browser.GetStringAsync(Admin);

        fixture.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Admin)).StatusCode);

        fixture.Clock.Advance(TimeSpan.FromMinutes(19));
        using var keepAlive = new HttpRequestMessage(HttpMethod.Post, $"/{fixture.County}/account/keep-alive");
        keepAlive.Headers.Add("RequestVerificationToken", Browser.Token(page));
        Assert.Equal(HttpStatusCode.NoContent, (await browser.SendAsync(keepAlive)).StatusCode);

        fixture.Clock.Advance(TimeSpan.FromMinutes(19));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(Admin)).StatusCode);

        fixture.Clock.Advance(TimeSpan.FromMinutes(21));
        var expired = await browser.GetAsync(Admin);
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        Assert.Contains("/account/login", expired.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeepAlive_WithoutAntiforgeryToken_IsRefused()
    {
        using var browser = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync($"/{fixture.County}/account/keep-alive", null)).StatusCode);
    }

    [Fact]
    public async Task FormPostedAfterTheTimeout_SendsToSignIn_AndBackToTheSameForm()
    {
        using var browser = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        var form = await browser.GetStringAsync($"{Admin}/branding");
        fixture.Clock.Advance(TimeSpan.FromMinutes(21));
        var posted = await browser.PostAsync($"{Admin}/branding", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.SiteName"] = "东河县老干部工作网（改）", ["Input.MainColor"] = "#1f5f3a", ["__RequestVerificationToken"] = Browser.Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var login = posted.Headers.Location!.ToString();
        Assert.Contains("ReturnUrl=%2F" + fixture.County + "%2Fadmin%2Fbranding", login, StringComparison.Ordinal);

        var again = await Browser.PostFormAsync(browser, new Uri(login).PathAndQuery, new() { ["UserName"] = "sysadmin", ["Password"] = SecurityFixture.Password });
        Assert.Equal($"/{fixture.County}/admin/branding", again.Headers.Location!.ToString());
    }

    [Fact]
    public async Task SiteSetting_ShortensTheTimeout()
    {
        var tenant = TestRecipes.NewName("duan");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{tenant}}", "displayName": "南山县老干部工作网", "parent": "{{fixture.Province}}" },
              { "step": "users", "users": [
                { "userName": "secadmin", "displayName": "钱立新", "password": "Anquan#2024", "roles": ["安全管理员"] } ] }
            ] }
            """);
        using var security = await Browser.SignedInAsync(fixture.Factory, tenant, "secadmin", "Anquan#2024");
        await Browser.PostFormAsync(security, $"/{tenant}/admin/security", new() { ["IdleTimeoutMinutes"] = "5", ["Version"] = "0" });

        using var browser = await Browser.SignedInAsync(fixture.Factory, tenant, "secadmin", "Anquan#2024");
        Assert.Contains("data-idle-seconds=\"300\"", await browser.GetStringAsync($"/{tenant}/admin"), StringComparison.Ordinal);
        fixture.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync($"/{tenant}/admin")).StatusCode);
    }
}

public sealed class SqliteIdleTimeoutTests(SqliteClockedSecurity fixture) : IdleTimeoutTests(fixture), IClassFixture<SqliteClockedSecurity>;

public sealed class PostgresIdleTimeoutTests(PostgresClockedSecurity fixture) : IdleTimeoutTests(fixture), IClassFixture<PostgresClockedSecurity>;

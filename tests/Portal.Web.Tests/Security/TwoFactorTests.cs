using System.Net;
using System.Text.RegularExpressions;
using OtpNet;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>An authenticator app (here Otp.NET, independent of our code) enrols and signs in; a site can require it for staff.</summary>
public abstract partial class TwoFactorTests(SecurityFixture fixture)
{
    [GeneratedRegex("id=\"authenticator-key\">([^<]+)<")]
    private static partial Regex KeyPattern();

    [Fact]
    public async Task Enrolment_ThenSignIn_AsksForTheCode_AndAcceptsTheAppsCode()
    {
        var name = await StaffAccountAsync();
        using var browser = await Browser.SignedInAsync(fixture.Factory, fixture.County, name, "Erci#2024ok");
        var page = await browser.GetStringAsync($"/{fixture.County}/account/two-factor");
        var key = KeyPattern().Match(page).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.Contains("otpauth://totp/", page, StringComparison.Ordinal);

        var wrong = await Browser.PostFormAsync(browser, $"/{fixture.County}/account/two-factor", new() { ["Code"] = "000000" });
        Assert.Contains("验证码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var enrolled = await Browser.PostFormAsync(browser, $"/{fixture.County}/account/two-factor", new() { ["Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);

        using var next = fixture.Factory.CreateBrowser();
        var password = await Browser.PostLoginAsync(next, fixture.County, name, "Erci#2024ok");
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Contains("/account/login-2fa", password.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await next.GetAsync($"/{fixture.County}/admin")).StatusCode);

        var signedIn = await Browser.PostFormAsync(next, $"/{fixture.County}/account/login-2fa", new() { ["Code"] = Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync($"/{fixture.County}/admin")).StatusCode);
    }

    [Fact]
    public async Task SiteRequiringIt_SendsStaffWithoutAnAppToEnrol_AndGrantsNothingBefore()
    {
        var tenant = TestRecipes.NewName("erci");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{tenant}}", "displayName": "北湖县老干部工作网", "parent": "{{fixture.Province}}" },
              { "step": "users", "users": [
                { "userName": "secadmin", "displayName": "钱立新", "password": "Anquan#2024", "roles": ["安全管理员"] },
                { "userName": "sysadmin", "displayName": "吴志强", "password": "Xitong#2024", "roles": ["系统管理员"] } ] }
            ] }
            """);
        using var security = await Browser.SignedInAsync(fixture.Factory, tenant, "secadmin", "Anquan#2024");
        var saved = await Browser.PostFormAsync(security, $"/{tenant}/admin/security", new() { ["IdleTimeoutMinutes"] = "20", ["RequireTwoFactorForStaff"] = "true", ["Version"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var browser = fixture.Factory.CreateBrowser();
        var login = await Browser.PostLoginAsync(browser, tenant, "sysadmin", "Xitong#2024");
        Assert.Contains("/account/two-factor", login.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/{tenant}/admin/features")).StatusCode);
    }

    private static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp(DateTime.UtcNow);

    private async Task<string> StaffAccountAsync()
    {
        var name = TestRecipes.NewName("staff");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{fixture.County}}", "users": [
              { "userName": "{{name}}", "displayName": "郑红梅", "password": "Erci#2024ok", "roles": ["编辑"] } ] } ] }
            """);
        return name;
    }
}

public sealed class SqliteTwoFactorTests(SqliteSecurity fixture) : TwoFactorTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresTwoFactorTests(PostgresSecurity fixture) : TwoFactorTests(fixture), IClassFixture<PostgresSecurity>;

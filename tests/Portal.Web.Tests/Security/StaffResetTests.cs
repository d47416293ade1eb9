using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Users.Domain;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>
/// Outside review (issue 14), findings 3 and 9: who may reset whose password (the other side of 三员分立), a
/// forced change after every staff reset, and personal data as a duty no administrator can grant itself.
/// </summary>
public abstract partial class StaffResetTests(SecurityFixture fixture)
{
    [GeneratedRegex("的密码是：<strong>([^<]+)</strong>")]
    private static partial Regex NewPasswordPattern();

    [Theory]
    [InlineData("审计管理员")]
    [InlineData("系统管理员")]
    public async Task SystemAdministrator_CannotResetTheAuditOrAnotherSystemAdministrator(string role)
    {
        var target = await AccountAsync(role);
        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        var html = await ResetOnUsersPageAsync(admin, target);
        Assert.DoesNotMatch(NewPasswordPattern(), html);
        Assert.Contains("只能由安全管理员重置", html, StringComparison.Ordinal);
        using var still = await Browser.SignedInAsync(fixture.Factory, fixture.County, target, "Chushi#2024");
    }

    [Fact]
    public async Task SecurityAdministrator_ResetsTheAuditAdministrator_WhoMustChooseANewPasswordFirst()
    {
        var target = await AccountAsync("审计管理员");
        using var security = await Browser.SignedInAsync(fixture.Factory, fixture.County, "secadmin", SecurityFixture.Password);
        var path = $"/{fixture.County}/admin/roles/assign?user={target}&handler=ResetPassword";
        var html = await (await Browser.PostFormAsync(security, path, [], $"/{fixture.County}/admin/roles/assign?user={target}")).Content.ReadAsStringAsync();
        var password = NewPasswordPattern().Match(html).Groups[1].Value;
        Assert.NotEmpty(password);

        using var auditor = fixture.Factory.CreateBrowser();
        var signIn = await Browser.PostLoginAsync(auditor, fixture.County, target, password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.EndsWith("/account/password", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync($"/{fixture.County}/admin/audit")).StatusCode);
        Assert.Contains("password-change-required", await auditor.GetStringAsync($"/{fixture.County}/account/password"), StringComparison.Ordinal);

        var changed = await Browser.PostFormAsync(auditor, $"/{fixture.County}/account/password", new() { ["Current"] = password, ["Next"] = "Shenji#2025new", ["Repeat"] = "Shenji#2025new" });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/{fixture.County}/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task SystemAdministrator_ResetsTheSecurityAdministrator_ButTheSecurityAdministratorNotAnEditor()
    {
        var security = await AccountAsync("安全管理员");
        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        Assert.Matches(NewPasswordPattern(), await ResetOnUsersPageAsync(admin, security));

        var editor = await AccountAsync("编辑");
        using var secadmin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "secadmin", SecurityFixture.Password);
        var html = await (await Browser.PostFormAsync(secadmin, $"/{fixture.County}/admin/roles/assign?user={editor}&handler=ResetPassword", [], $"/{fixture.County}/admin/roles/assign?user={editor}")).Content.ReadAsStringAsync();
        Assert.DoesNotMatch(NewPasswordPattern(), html);
        Assert.Contains("由系统管理员重置", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecurityAdministrator_CannotGrantItselfPersonalData()
    {
        using var security = await Browser.SignedInAsync(fixture.Factory, fixture.County, "secadmin", SecurityFixture.Password);
        var path = $"/{fixture.County}/admin/roles/edit?name={Uri.EscapeDataString("安全管理员")}";
        var page = await security.GetStringAsync(path);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Browser.Token(page)), new("Name", "安全管理员"), new("Granted", "admin.access"),
            new("Granted", "roles.manage"), new("Granted", "security.settings"), new("Granted", "healthcare.records.view"), new("Granted", "units.all"),
        };
        var response = await security.PostAsync(path, new FormUrlEncodedContent(fields));
        Assert.Contains("三员分立", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var again = await Browser.SignedInAsync(fixture.Factory, fixture.County, "secadmin", SecurityFixture.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await again.GetAsync($"/{fixture.County}/healthcare/records")).StatusCode);
        using var reviewer = await Browser.SignedInAsync(fixture.Factory, fixture.County, "reviewer", SecurityFixture.Password);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync($"/{fixture.County}/healthcare/records")).StatusCode);
    }

    private async Task<string> ResetOnUsersPageAsync(HttpClient admin, string userName)
    {
        await using var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        var id = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!.Id;
        var edit = $"/{fixture.County}/admin/users/edit/{id}";
        return await (await Browser.PostFormAsync(admin, edit + "?handler=ResetPassword", [], edit)).Content.ReadAsStringAsync();
    }

    private async Task<string> AccountAsync(string role)
    {
        var name = TestRecipes.NewName("acct");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{fixture.County}}", "users": [
              { "userName": "{{name}}", "displayName": "卫国庆", "password": "Chushi#2024", "roles": ["{{role}}"] } ] } ] }
            """);
        return name;
    }
}

public sealed class SqliteStaffResetTests(SqliteSecurity fixture) : StaffResetTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresStaffResetTests(PostgresSecurity fixture) : StaffResetTests(fixture), IClassFixture<PostgresSecurity>;

using System.Net;
using Portal.Core.Recipes;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>三员分立 holds on every path that assigns roles or permissions: the admin pages and the recipes.</summary>
public abstract class SeparationOfDutiesTests(SecurityFixture fixture)
{
    [Fact]
    public async Task RolesPage_RefusesToMakeOneAccountTwoAdministrators_InChinese()
    {
        using var security = await Browser.SignedInAsync(fixture.Factory, fixture.County, "secadmin", SecurityFixture.Password);
        var path = $"/{fixture.County}/admin/roles/assign?user=auditor";
        var refused = await PostRolesAsync(security, path, ["审计管理员", "系统管理员"]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("三员分立：同一账号不能同时担任", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var allowed = await PostRolesAsync(security, path, ["审计管理员", "编辑"]);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        await PostRolesAsync(security, path, ["审计管理员"]);
    }

    [Fact]
    public async Task GrantingAnAuditPermissionToTheSystemAdministratorRole_IsRefused()
    {
        using var security = await Browser.SignedInAsync(fixture.Factory, fixture.County, "secadmin", SecurityFixture.Password);
        var path = $"/{fixture.County}/admin/roles/edit?name={Uri.EscapeDataString("系统管理员")}";
        var page = await security.GetStringAsync(path);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", Browser.Token(page)), new("Name", "系统管理员"),
            new("Granted", "admin.access"), new("Granted", "users.manage"), new("Granted", "audit.read"),
        };
        var response = await security.PostAsync(path, new FormUrlEncodedContent(fields));
        Assert.Contains("三员分立", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/{fixture.County}/admin/audit")).StatusCode);
    }

    [Fact]
    public async Task Recipe_GivingOneAccountTwoAdministratorRoles_FailsValidation()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{fixture.County}}", "users": [
              { "userName": "{{TestRecipes.NewName("two")}}", "password": "Liangge#2024", "roles": ["系统管理员", "安全管理员"] } ] } ] }
            """));
        Assert.Contains("三员分立", error.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostRolesAsync(HttpClient browser, string path, string[] roles)
    {
        var page = await browser.GetStringAsync(path);
        var fields = roles.Select(r => new KeyValuePair<string, string>("Selected", r)).Append(new("__RequestVerificationToken", Browser.Token(page)));
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }
}

public sealed class SqliteSeparationOfDutiesTests(SqliteSecurity fixture) : SeparationOfDutiesTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresSeparationOfDutiesTests(PostgresSecurity fixture) : SeparationOfDutiesTests(fixture), IClassFixture<PostgresSecurity>;

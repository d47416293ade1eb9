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

    /// <summary>The built-in roles as actors (account names of the fixture).</summary>
    public static TheoryData<string> Actors => new(SecurityFixture.Accounts.Keys);

    /// <summary>
    /// docs/security.md, "Who may reset whose password", as a matrix: the actor tries both reset buttons (账号管理 and
    /// 分配角色) on a fresh account of each kind and on itself. Exactly the table's cells succeed; a refused reset leaves
    /// the password as it was; an allowed one makes its holder choose a new password at the next sign-in.
    /// </summary>
    [Theory]
    [MemberData(nameof(Actors))]
    public async Task ResetMatrix_EachRoleResetsExactlyWhomTheTableAllows(string actor)
    {
        var actorRole = SecurityFixture.Accounts[actor];
        using var browser = await Browser.SignedInAsync(fixture.Factory, fixture.County, actor, SecurityFixture.Password);
        var token = Browser.Token(await browser.GetStringAsync($"/{fixture.County}/account/password"));
        var failures = new List<string>();
        foreach (var kind in (string[])["系统管理员", "安全管理员", "审计管理员", "编辑", "信息员", "离退休干部", "self"])
        {
            var (target, password) = kind == "self" ? (actor, SecurityFixture.Password) : (await AccountAsync(kind), "Chushi#2024");
            var expected = kind switch
            {
                "self" => false,
                "系统管理员" or "审计管理员" => actorRole == "安全管理员",
                _ => actorRole == "系统管理员",
            };
            var newPassword = "";
            var statuses = new List<int>();
            foreach (var path in await ResetPathsAsync(target))
            {
                var response = await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                statuses.Add((int)response.StatusCode);
                var match = NewPasswordPattern().Match(await response.Content.ReadAsStringAsync());
                newPassword = match.Success ? match.Groups[1].Value : newPassword;
            }

            if (expected != (newPassword.Length > 0))
            {
                failures.Add($"{actorRole} → {kind}: expected {(expected ? "allowed" : "refused")}, answers {string.Join("/", statuses)}");
            }
            else if (!expected && !await PasswordIsAsync(target, password))
            {
                failures.Add($"{actorRole} → {kind}: refused, yet the password changed");
            }
            else if (expected)
            {
                using var holder = fixture.Factory.CreateBrowser();
                var signIn = await Browser.PostLoginAsync(holder, fixture.County, target, newPassword);
                if (signIn.Headers.Location?.OriginalString.EndsWith("/account/password", StringComparison.Ordinal) != true)
                {
                    failures.Add($"{actorRole} → {kind}: after the reset, sign-in went to {(int)signIn.StatusCode} {signIn.Headers.Location}, not to 修改密码");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
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
        var extra = role switch
        {
            "信息员" => $", \"units\": [\"{SecurityFixture.ClerkUnit}\"]",
            "离退休干部" => $", \"phoneNumber\": \"139{Random.Shared.Next(10_000_000, 99_999_999)}\"",
            _ => "",
        };
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{fixture.County}}", "users": [
              { "userName": "{{name}}", "displayName": "卫国庆", "password": "Chushi#2024", "roles": ["{{role}}"]{{extra}} } ] } ] }
            """);
        return name;
    }

    /// <summary>Both reset buttons: 账号管理 → 编辑 and 角色与权限 → 分配角色.</summary>
    private async Task<string[]> ResetPathsAsync(string userName)
    {
        await using var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        var id = (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!.Id;
        return [$"/{fixture.County}/admin/users/edit/{id}?handler=ResetPassword", $"/{fixture.County}/admin/roles/assign?user={userName}&handler=ResetPassword"];
    }

    private async Task<bool> PasswordIsAsync(string userName, string password)
    {
        await using var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    }
}

public sealed class SqliteStaffResetTests(SqliteSecurity fixture) : StaffResetTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresStaffResetTests(PostgresSecurity fixture) : StaffResetTests(fixture), IClassFixture<PostgresSecurity>;

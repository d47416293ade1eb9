using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Modules.Users.Features.Roles;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>
/// A module declares its own role (政策录入员 with the policy library, 健康服务台专员 with the health desk): it appears in
/// a site when the feature is switched on there, with its default permissions, and the seeder never gives back a
/// default the 安全管理员 took away.
/// </summary>
public abstract class ModuleRolesTests(SecurityFixture fixture)
{
    [Fact]
    public async Task ModuleRole_AppearsWhenItsFeatureIsSwitchedOn_WithItsPermissions_AndOnTheRolesPage()
    {
        var site = TestRecipes.NewName("nanling");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{site}}", "displayName": "南岭县老干部工作网", "parent": "{{fixture.Province}}", "features": [] },
              { "step": "users", "users": [ { "userName": "secadmin", "displayName": "孙立平", "password": "{{SecurityFixture.Password}}", "roles": ["安全管理员"] } ] }
            ] }
            """);
        Assert.False(await RoleExistsAsync(site, "政策录入员"));

        await fixture.Factory.Get<FeatureManager>().EnableAsync(site, ["Portal.Policies"]);

        Assert.Equal(["admin.access", "policies.manage"], (await RolePermissions.OfAsync(fixture.Factory, site, "政策录入员")).Order(StringComparer.Ordinal));
        Assert.False(await RoleExistsAsync(site, "健康服务台专员"));
        using var secadmin = await Browser.SignedInAsync(fixture.Factory, site, "secadmin", SecurityFixture.Password);
        var page = await secadmin.GetStringAsync($"/{site}/admin/roles");
        Assert.Contains("<td>政策录入员</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>政策文件</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("健康服务台专员", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeder_NeverGivesBackADefaultTheSecurityAdministratorTookAway()
    {
        await using (var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County))
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            var desk = (await roles.FindByNameAsync("健康服务台专员"))!;
            Assert.Null(await scope.ServiceProvider.GetRequiredService<RoleAssignment>().SetRolePermissionsAsync(desk, [CorePermissions.AdminAccess, "healthcare.records.view"]));
        }

        await using (var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County))
        {
            Assert.Empty(await scope.ServiceProvider.GetRequiredService<RoleSeeder>().EnsureAsync());
        }

        Assert.Equal(["admin.access", "healthcare.records.view"], (await RolePermissions.OfAsync(fixture.Factory, fixture.County, "健康服务台专员")).Order(StringComparer.Ordinal));
    }

    private async Task<bool> RoleExistsAsync(string site, string role)
    {
        await using var scope = await TenantScope.CreateAsync(fixture.Factory, site);
        return await scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>().RoleExistsAsync(role);
    }
}

public sealed class SqliteModuleRolesTests(SqliteSecurity fixture) : ModuleRolesTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresModuleRolesTests(PostgresSecurity fixture) : ModuleRolesTests(fixture), IClassFixture<PostgresSecurity>;

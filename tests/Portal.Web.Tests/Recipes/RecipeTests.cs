using Portal.Core.Recipes;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Recipes;

public abstract class RecipeTests(HierarchyFixture fixture)
{
    [Fact]
    public async Task Run_WhenAStepIsInvalid_ReportsIndexAndField_AndAppliesNothing()
    {
        var tenant = TestRecipes.NewName("badxian");
        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunRecipeAsync($$"""
            { "name": "bad", "steps": [
              { "step": "tenant", "name": "{{tenant}}", "displayName": "坏配方县", "parent": "{{fixture.City}}" },
              { "step": "features", "enable": ["Portal.NoSuchFeature"] },
              { "step": "branding", "mainColor": "#ffff00" }
            ] }
            """));
        Assert.Contains(error.Errors, e => e.StepIndex == 1 && e.Field == "enable[0]");
        Assert.Contains(error.Errors, e => e.StepIndex == 2 && e.Field == "mainColor" && e.Message.Contains("对比度", StringComparison.Ordinal));
        Assert.Null(await fixture.Factory.Get<TenantStore>().FindAsync(tenant));
    }

    [Fact]
    public async Task Run_WhenAModuleStepTargetsATenantWithoutThatFeature_IsRefusedBeforeAnythingRuns()
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunRecipeAsync($$"""
            { "name": "bad", "steps": [
              { "step": "healthcare", "tenant": "{{fixture.Sibling}}", "assignments": [ { "retireeName": "马国庆", "unit": "西岭县民政局" } ] }
            ] }
            """));
        Assert.Contains(error.Errors, e => e.StepIndex == 0 && e.Message.Contains("没有启用功能", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_WhenRunTwice_ChangesNothingTheSecondTime()
    {
        var tenant = TestRecipes.NewName("twice");
        var recipe = $$"""
            { "name": "twice", "steps": [
              { "step": "tenant", "name": "{{tenant}}", "displayName": "两次县老干部工作网", "parent": "{{fixture.City}}" },
              { "step": "branding", "siteName": "两次县老干部工作网", "mainColor": "#3d2b73", "footer": "主办：两次县委老干部局" },
              { "step": "features", "enable": ["Yizheng.Healthcare"] },
              { "step": "roles", "roles": [ { "name": "编辑", "permissions": ["Contents.Publish"] } ] },
              { "step": "users", "users": [ { "userName": "editor", "displayName": "吴春兰", "password": "Bianji2024ok" } ] }
            ] }
            """;
        Assert.NotEmpty(await fixture.Factory.RunRecipeAsync(recipe));
        var version = (await fixture.Factory.Get<TenantStore>().FindAsync(tenant))!.Version;

        Assert.Empty(await fixture.Factory.RunRecipeAsync(recipe));
        Assert.Equal(version, (await fixture.Factory.Get<TenantStore>().FindAsync(tenant))!.Version);
    }

    [Fact]
    public async Task Run_TheIssuesMinimalTenantRecipe_CreatesARunningCounty()
    {
        var name = TestRecipes.NewName("t");
        await fixture.Factory.RunRecipeAsync($$"""{"name":"x","steps":[{"step":"tenant","name":"{{name}}","displayName":"测试县","prefix":"{{name}}","parent":"{{fixture.City}}"}]}""");
        var tenant = await fixture.Factory.Get<TenantStore>().FindAsync(name);
        Assert.Equal(TenantState.Running, tenant!.State);
        using var browser = fixture.Factory.CreateBrowser();
        Assert.Contains("测试县", await browser.GetStringAsync($"/{name}/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountyRecipe_AppliedToANewTenant_GivesItAnAdministrator()
    {
        var name = TestRecipes.NewName("county");
        await fixture.Factory.RunRecipeAsync($$"""{"name":"x","steps":[{"step":"tenant","name":"{{name}}","displayName":"空白县","parent":"{{fixture.City}}"}]}""");
        var recipe = Path.Combine(AppContext.BaseDirectory, "recipes", "county.recipe.json");
        var changes = await fixture.Factory.Get<RecipeRunner>().RunFileAsync(recipe, name);
        Assert.Contains(changes, c => c.Contains("创建账号 admin", StringComparison.Ordinal));
    }
}

public sealed class SqliteRecipeTests(SqliteHierarchy fixture) : RecipeTests(fixture), IClassFixture<SqliteHierarchy>;

public sealed class PostgresRecipeTests(PostgresHierarchy fixture) : RecipeTests(fixture), IClassFixture<PostgresHierarchy>;

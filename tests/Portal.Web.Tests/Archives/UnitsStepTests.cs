using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Persistence;
using Xunit;

namespace Portal.Web.Tests.Archives;

/// <summary>The recipe step units: builds the tree by code, changes nothing on a second run, refuses bad steps before running.</summary>
public abstract class UnitsStepTests(ArchivesFixture fixture)
{
    [Fact]
    public async Task Step_BuildsTheTree_WithTypesParentsAndUpperCaseCodes()
    {
        await using var scope = await fixture.ScopeAsync();
        var units = await scope.ServiceProvider.GetRequiredService<ArchivesDbContext>().Units.AsNoTracking().ToListAsync();

        var school = Assert.Single(units, u => u.Code == "B0101");
        Assert.Equal(UnitType.PublicInstitution, school.Type);
        Assert.Equal(units.Single(u => u.Code == "B01").Id, school.ParentId);
        var water = Assert.Single(units, u => u.Code == "C01");
        Assert.Equal(ArchivesFixture.UnitB, water.Name);
        Assert.Equal(UnitType.StateEnterprise, water.Type);
        Assert.Equal(1, water.Version);
    }

    [Fact]
    public async Task Step_RunTwice_ChangesNothing_ThenAChangedNameIsUpdatedInPlace()
    {
        var county = await fixture.NewCountyAsync("liuhe");
        var recipe = $$"""
            { "name": "t", "steps": [ { "step": "units", "tenant": "{{county}}", "units": [
              { "code": "L01", "name": "六合区民政局" }, { "code": "L0101", "name": "六合区社会福利院", "type": "事业", "parent": "L01" } ] } ] }
            """;
        Assert.Equal(2, (await fixture.Factory.RunRecipeAsync(recipe)).Count);
        Assert.Empty(await fixture.Factory.RunRecipeAsync(recipe));

        var changes = await fixture.Factory.RunRecipeAsync(recipe.Replace("六合区社会福利院", "六合区第一社会福利院", StringComparison.Ordinal));
        Assert.Equal($"站点 {county} 单位 六合区第一社会福利院（L0101）", Assert.Single(changes));
        await using var scope = await fixture.Factory.Get<Portal.Core.Tenants.TenantScopeFactory>().CreateAsync(county);
        var units = await scope.ServiceProvider.GetRequiredService<ArchivesDbContext>().Units.AsNoTracking().ToListAsync();
        Assert.Equal(2, units.Count);
        Assert.Equal(2, units.Single(u => u.Code == "L0101").Version);
    }

    [Fact]
    public async Task Step_WithBadFields_IsRefusedBeforeAnythingRuns_NamingIndexAndField()
    {
        var county = await fixture.NewCountyAsync("gaoyou");
        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "units", "tenant": "{{county}}", "units": [
              { "code": "G01", "name": "高邮市民政局", "type": "机关单位" },
              { "code": "G 01", "name": "高邮市卫健委" },
              { "code": "G02", "name": "" } ] } ] }
            """));

        Assert.Contains(error.Errors, e => e.StepIndex == 0 && e.Field == "units[0].type" && e.Message.Contains("机关单位", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Field == "units[1].code" && e.Message.Contains("出现了两次", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Field == "units[2].name");
        await using var scope = await fixture.Factory.Get<Portal.Core.Tenants.TenantScopeFactory>().CreateAsync(county);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<ArchivesDbContext>().Units.ToListAsync());
    }

    [Fact]
    public async Task Step_OnASiteWithoutTheFeature_IsRefused()
    {
        var county = Infrastructure.TestRecipes.NewName("baoying");
        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "tenant", "name": "{{county}}", "displayName": "宝应县老干部工作网" },
              { "step": "units", "units": [ { "code": "Y01", "name": "宝应县民政局" } ] } ] }
            """));
        Assert.Contains("Portal.Archives", error.Message, StringComparison.Ordinal);
    }
}

public sealed class SqliteUnitsStepTests(SqliteArchives fixture) : UnitsStepTests(fixture), IClassFixture<SqliteArchives>;

public sealed class PostgresUnitsStepTests(PostgresArchives fixture) : UnitsStepTests(fixture), IClassFixture<PostgresArchives>;

using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Archives;

/// <summary>
/// One host per provider with a county that keeps 一人一档: the seven default forms, a small units tree (bureau, 教育局 with a school under it,
/// 自来水公司), a 系统管理员, a 审核员 and two 信息员 bound to different units by name.
/// </summary>
public abstract class ArchivesFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string Password = "Yizheng#2026";
    public const string UnitA = "仪征市教育局";
    public const string UnitB = "仪征市自来水公司";

    public PortalFactory Factory { get; private set; } = null!;

    public string County { get; } = TestRecipes.NewName("yizheng");

    public async Task InitializeAsync()
    {
        Factory = await PortalFactory.StartAsync(provider);
        await Factory.RunRecipeAsync(Recipe(County));
        await Factory.RunRecipeAsync(FormsRecipe, County);
    }

    /// <summary>The shipped recipe with the seven default forms (recipes/archives-forms.recipe.json).</summary>
    public static string FormsRecipe => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "recipes", "archives-forms.recipe.json"));

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public static string Recipe(string county) => $$"""
        { "name": "archives", "steps": [
          { "step": "tenant", "name": "{{county}}", "displayName": "仪征市老干部工作网", "features": ["Portal.Archives"] },
          { "step": "units", "units": [
            { "code": "A00", "name": "仪征市委老干部局", "type": "党政机关", "order": 1 },
            { "code": "B01", "name": "{{UnitA}}", "type": "党政机关", "order": 2 },
            { "code": "B0101", "name": "仪征市实验小学", "type": "事业单位", "parent": "B01", "order": 1 },
            { "code": "c01", "name": "{{UnitB}}", "type": "国有企业", "order": 3 }
          ] },
          { "step": "users", "users": [
            { "userName": "sysadmin", "displayName": "季明远", "password": "{{Password}}", "roles": ["系统管理员"] },
            { "userName": "reviewer", "displayName": "孙慧敏", "password": "{{Password}}", "roles": ["审核员"] },
            { "userName": "clerk", "displayName": "黄丽娟", "password": "{{Password}}", "roles": ["信息员"], "units": ["{{UnitA}}"] },
            { "userName": "clerkb", "displayName": "周建军", "password": "{{Password}}", "roles": ["信息员"], "units": ["{{UnitB}}"] }
          ] }
        ] }
        """;

    /// <summary>A scope inside the county (its DbContexts, its TenantContext).</summary>
    public Task<AsyncServiceScope> ScopeAsync() => Factory.Get<TenantScopeFactory>().CreateAsync(County);

    /// <summary>A fresh county with the feature on and nothing else, for tests that change the tree.</summary>
    public async Task<string> NewCountyAsync(string stem)
    {
        var name = TestRecipes.NewName(stem);
        await Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{name}}", "displayName": "{{stem}}老干部工作网", "features": ["Portal.Archives"] },
              { "step": "users", "users": [ { "userName": "sysadmin", "displayName": "季明远", "password": "{{Password}}", "roles": ["系统管理员"] } ] }
            ] }
            """);
        return name;
    }
}

public sealed class SqliteArchives() : ArchivesFixture(DatabaseProvider.Sqlite);

public sealed class PostgresArchives() : ArchivesFixture(DatabaseProvider.Postgres);

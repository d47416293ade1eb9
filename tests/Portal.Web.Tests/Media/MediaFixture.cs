using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Media;

/// <summary>
/// One host per provider with two county sites under a province, each with the media library on: 东河 with an editor,
/// a system administrator and a clerk (who may not touch the library), 西岭 with an editor of its own.
/// </summary>
public abstract class MediaFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string Password = "Meiti#2024ok";

    public PortalFactory Factory { get; private set; } = null!;

    public string Province { get; } = TestRecipes.NewName("msheng");

    public string County { get; } = TestRecipes.NewName("mdonghe");

    public string Sibling { get; } = TestRecipes.NewName("mxiling");

    public async Task InitializeAsync()
    {
        Factory = await PortalFactory.StartAsync(provider);
        await Factory.RunRecipeAsync($$"""
            { "name": "media-test", "steps": [
              { "step": "tenant", "name": "{{Province}}", "displayName": "测试省老干部工作网", "features": ["Portal.Tenants"] },
              { "step": "tenant", "name": "{{County}}", "displayName": "东河县老干部工作网", "parent": "{{Province}}", "features": ["Portal.Media"] },
              { "step": "users", "users": [
                { "userName": "bianji", "displayName": "孙文静", "password": "{{Password}}", "roles": ["编辑"] },
                { "userName": "xitong", "displayName": "周建国", "password": "{{Password}}", "roles": ["系统管理员"] },
                { "userName": "xinxi", "displayName": "李文华", "password": "{{Password}}", "roles": ["信息员"], "units": ["东河县水利局"] } ] },
              { "step": "tenant", "name": "{{Sibling}}", "displayName": "西岭县老干部工作网", "parent": "{{Province}}", "features": ["Portal.Media"] },
              { "step": "users", "users": [ { "userName": "bianji", "displayName": "赵晓梅", "password": "{{Password}}", "roles": ["编辑"] } ] }
            ] }
            """);
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A new county with the library on and nothing in it.</summary>
    public async Task<string> NewSiteAsync(string stem)
    {
        var name = TestRecipes.NewName(stem);
        await Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "tenant", "name": "{{name}}", "displayName": "空白县老干部工作网", "parent": "{{Province}}", "features": ["Portal.Media"] } ] }
            """);
        return name;
    }

    /// <summary>A scope inside the site (its IMediaFiles, its DbContexts), as another module's code would have.</summary>
    public async Task<AsyncServiceScope> ScopeAsync(string tenantName) => await Factory.Get<TenantScopeFactory>().CreateAsync(tenantName);
}

public sealed class SqliteMedia() : MediaFixture(DatabaseProvider.Sqlite);

public sealed class PostgresMedia() : MediaFixture(DatabaseProvider.Postgres);

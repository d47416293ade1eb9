using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Policies;

/// <summary>One host per provider with a province → city → county + sibling tree that publishes policy documents.</summary>
public abstract class PoliciesFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public PortalFactory Factory { get; private set; } = null!;

    public string Province { get; } = TestRecipes.NewName("zsheng");

    public string City { get; } = TestRecipes.NewName("zshi");

    public string County { get; } = TestRecipes.NewName("zdonghe");

    public string Sibling { get; } = TestRecipes.NewName("zxiling");

    public async Task InitializeAsync()
    {
        Factory = await PortalFactory.StartAsync(provider);
        await Factory.RunRecipeAsync(PolicyTestRecipes.Hierarchy(Province, City, County, Sibling));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>A scope inside the tenant (its DbContexts, its TenantContext).</summary>
    public async Task<AsyncServiceScope> ScopeAsync(string tenantName)
    {
        return await Factory.Get<TenantScopeFactory>().CreateAsync(tenantName);
    }

    /// <summary>A new county under the city, with its own empty library.</summary>
    public async Task<string> NewCountyAsync(string stem)
    {
        var name = TestRecipes.NewName(stem);
        await Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "tenant", "name": "{{name}}", "displayName": "{{stem}}县老干部工作网", "parent": "{{City}}" } ] }
            """);
        return name;
    }
}

public sealed class SqlitePolicies() : PoliciesFixture(DatabaseProvider.Sqlite);

public sealed class PostgresPolicies() : PoliciesFixture(DatabaseProvider.Postgres);

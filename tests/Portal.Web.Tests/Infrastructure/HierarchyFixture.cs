using Portal.Core.Data;
using Xunit;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>One host per test class and provider, with a fresh tenant hierarchy created from a recipe.</summary>
public abstract class HierarchyFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public PortalFactory Factory { get; private set; } = null!;

    public string Province { get; } = TestRecipes.NewName("sheng");

    public string City { get; } = TestRecipes.NewName("shi");

    public string County { get; } = TestRecipes.NewName("donghe");

    public string Sibling { get; } = TestRecipes.NewName("xiling");

    public async Task InitializeAsync()
    {
        Factory = await PortalFactory.StartAsync(provider);
        await Factory.RunRecipeAsync(TestRecipes.Hierarchy(Province, City, County, Sibling));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

public sealed class SqliteHierarchy() : HierarchyFixture(DatabaseProvider.Sqlite);

public sealed class PostgresHierarchy() : HierarchyFixture(DatabaseProvider.Postgres);

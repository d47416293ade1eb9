using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Tenants;
using Portal.Core.Tenants.Hierarchy;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Tenants;

public sealed class TenantHierarchyTests(SqliteHierarchy fixture) : IClassFixture<SqliteHierarchy>
{
    private TenantHierarchy Hierarchy => fixture.Factory.Get<TenantHierarchy>();

    [Fact]
    public async Task Ancestors_OfACounty_AreItsCityThenItsProvince()
    {
        var ancestors = await Hierarchy.AncestorsAsync(fixture.County);

        Assert.Equal([fixture.City, fixture.Province], ancestors.Select(a => a.Name));
    }

    [Fact]
    public async Task Level_FollowsTheDepthInTheTree()
    {
        Assert.Equal(TenantLevel.Province, await Hierarchy.LevelAsync(fixture.Province));
        Assert.Equal(TenantLevel.City, await Hierarchy.LevelAsync(fixture.City));
        Assert.Equal(TenantLevel.County, await Hierarchy.LevelAsync(fixture.Sibling));
    }

    [Fact]
    public async Task Children_OfACity_AreItsCountiesButNotTheirChildren()
    {
        var children = await Hierarchy.ChildrenAsync(fixture.City);

        // Other tests of this class add counties under the city; the province and the city are never children.
        Assert.Contains(children, c => c.Name == fixture.County);
        Assert.Contains(children, c => c.Name == fixture.Sibling);
        Assert.All(children, c => Assert.Equal(fixture.City, c.ParentName));
        Assert.Equal(children.Select(c => c.Name).Order(StringComparer.Ordinal), children.Select(c => c.Name));
        Assert.True(await Hierarchy.IsAncestorAsync(fixture.Province, fixture.County));
        Assert.False(await Hierarchy.IsAncestorAsync(fixture.Sibling, fixture.County));
    }

    [Fact]
    public async Task Children_AfterANewCountyIsRegistered_IncludeItOnceTheChangeFeedIsRead()
    {
        var store = fixture.Factory.Get<TenantStore>();
        Assert.DoesNotContain(await Hierarchy.ChildrenAsync(fixture.City), c => c.DisplayName == "南湖区老干部工作网");
        var name = TestRecipes.NewName("nanhu");

        await store.CreateAsync(new TenantDraft(name, "南湖区老干部工作网") { Parent = fixture.City });
        await fixture.Factory.Get<RegistrySync>().SyncAsync();

        Assert.Contains(await Hierarchy.ChildrenAsync(fixture.City), c => c.Name == name);
        Assert.Equal(TenantLevel.County, await Hierarchy.LevelAsync(name));
    }

    [Fact]
    public async Task Ancestors_AfterASiteMovesToAnotherParent_FollowTheRegistry()
    {
        var store = fixture.Factory.Get<TenantStore>();
        var name = TestRecipes.NewName("beishan");
        await store.CreateAsync(new TenantDraft(name, "北山县老干部工作网") { Parent = fixture.City });
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
        Assert.Equal(TenantLevel.County, await Hierarchy.LevelAsync(name));

        await store.UpdateAsync(name, t => t.ParentName = fixture.Province);
        await fixture.Factory.Get<RegistrySync>().SyncAsync();

        Assert.Equal([fixture.Province], (await Hierarchy.AncestorsAsync(name)).Select(a => a.Name));
        Assert.Equal(TenantLevel.City, await Hierarchy.LevelAsync(name));
    }

    [Fact]
    public async Task ScopeFactory_GivesTheServicesOfTheNamedTenant()
    {
        var scopes = fixture.Factory.Get<TenantScopeFactory>();

        await using var scope = await scopes.CreateAsync(fixture.Sibling);

        Assert.Equal(fixture.Sibling, scope.ServiceProvider.GetRequiredService<TenantContext>().Tenant.Name);
        var missing = await Assert.ThrowsAsync<PortalException>(() => scopes.CreateAsync("meiyouzhege"));
        Assert.Contains("不存在", missing.Message, StringComparison.Ordinal);
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Content;

/// <summary>
/// One host per provider on a manual clock, with a province → city → county + sibling tree: columns, a shared
/// provincial notice, a county editor and two reviewers. Tests that change a site's columns make a county of their own.
/// </summary>
public abstract class ContentFixture(DatabaseProvider provider) : IAsyncLifetime
{
    public const string Password = "Xinwen#2026ok";

    public ManualClock Clock { get; } = new();

    public PortalFactory Factory { get; private set; } = null!;

    public string Province { get; } = TestRecipes.NewName("nsheng");

    public string City { get; } = TestRecipes.NewName("nshi");

    public string County { get; } = TestRecipes.NewName("nnanhu");

    public string Sibling { get; } = TestRecipes.NewName("nbeishan");

    public async Task InitializeAsync()
    {
        Factory = await PortalFactory.StartAsync(provider, null, builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
        await Factory.RunRecipeAsync(ContentTestRecipes.Hierarchy(Province, City, County, Sibling));
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();

    public async Task<AsyncServiceScope> ScopeAsync(string tenantName) => await Factory.Get<TenantScopeFactory>().CreateAsync(tenantName);

    /// <summary>A new county under the city with the usual columns and staff, for a test that changes them.</summary>
    public async Task<string> NewCountyAsync(string stem)
    {
        var name = TestRecipes.NewName(stem);
        await Factory.RunRecipeAsync(ContentTestRecipes.County(name, City, stem + "县老干部工作网", Province));
        return name;
    }

    public Task<HttpClient> SignInAsync(string tenant, string user) => Browser.SignedInAsync(Factory, tenant, user, Password);
}

public sealed class SqliteContent() : ContentFixture(DatabaseProvider.Sqlite);

public sealed class PostgresContent() : ContentFixture(DatabaseProvider.Postgres);

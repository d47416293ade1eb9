using Microsoft.AspNetCore.Hosting;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Api;

/// <summary>A Production host with the test tree; the sibling county has the policy library switched off.</summary>
public sealed class ApiDocumentsFixture : IAsyncLifetime
{
    public PortalFactory Factory { get; private set; } = null!;

    public string County { get; } = TestRecipes.NewName("apidonghe");

    public string Sibling { get; } = TestRecipes.NewName("apixiling");

    public async Task InitializeAsync()
    {
        // Production: the finding was about what an anonymous caller sees on a live site.
        Factory = await PortalFactory.StartAsync(DatabaseProvider.Sqlite, null, builder => builder.UseEnvironment("Production"));
        await Factory.RunRecipeAsync(TestRecipes.Hierarchy(TestRecipes.NewName("apisheng"), TestRecipes.NewName("apishi"), County, Sibling));
        await Factory.Get<FeatureManager>().DisableAsync(Sibling, ["Portal.Policies"]);
        await Factory.Get<RegistrySync>().SyncAsync();
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}

using Portal.Core.Modules;
using Xunit;

namespace Portal.Core.Tests.Modules;

public sealed class ModuleCatalogTests
{
    private static ModuleDescriptor Module(string id, bool alwaysOn = false, params string[] dependencies)
        => new(new ModuleManifest(id, id, "测试", "") { AlwaysOn = alwaysOn, Dependencies = dependencies }, new EmptyStartup(), typeof(ModuleCatalogTests).Assembly, false);

    [Fact]
    public void WithDependencies_ListsDependenciesFirst()
    {
        var catalog = new ModuleCatalog([Module("Archives", false, "Units"), Module("Units", false, "Users"), Module("Users")]);
        Assert.Equal(["Users", "Units", "Archives"], catalog.WithDependencies("Archives"));
    }

    [Fact]
    public void Effective_AddsAlwaysOnFeaturesAndDependencies_AndIgnoresUnknownOnes()
    {
        var catalog = new ModuleCatalog([Module("Site", true), Module("Policies", false, "Search"), Module("Search")]);
        Assert.Equal(["Policies", "Search", "Site"], catalog.Effective(["Policies", "Gone"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Constructor_RefusesUnknownDependenciesAndCycles()
    {
        Assert.Throws<InvalidOperationException>(() => new ModuleCatalog([Module("A", false, "Missing")]));
        var cyclic = new ModuleCatalog([Module("A", false, "B"), Module("B", false, "A")]);
        Assert.Throws<InvalidOperationException>(() => cyclic.WithDependencies("A"));
    }

    private sealed class EmptyStartup : ModuleStartup
    {
        public override ModuleManifest Manifest => throw new NotSupportedException();
    }
}

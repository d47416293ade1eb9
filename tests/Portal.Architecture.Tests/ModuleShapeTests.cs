using System.Reflection;
using Portal.Core.Data;
using Portal.Core.Events;
using Portal.Core.Modules;
using Xunit;

namespace Portal.Architecture.Tests;

/// <summary>Every module has the same shape, so a reader knows where things are before opening a file.</summary>
public sealed class ModuleShapeTests
{
    public static TheoryData<string> Modules => [.. ModuleAssemblies.Modules.Select(ModuleAssemblies.NameOf)];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_HasManifestStartupAndPermissions_AtItsRoot(string name)
    {
        var module = ModuleAssemblies.Modules.Single(a => ModuleAssemblies.NameOf(a) == name);
        var startups = module.GetTypes().Where(t => t.IsSubclassOf(typeof(ModuleStartup)) && !t.IsAbstract).ToList();

        var startup = Assert.Single(startups);
        Assert.Equal(name + ".Startup", startup.FullName);
        Assert.NotNull(module.GetType(name + ".Manifest"));
        Assert.NotNull(module.GetType(name + ".Permissions"));
    }

    [Fact]
    public void EventTypes_LiveInTheirModulesContracts_WithUniqueStoredNames()
    {
        var events = ModuleAssemblies.Modules.Append(ModuleAssemblies.Core)
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IPortalEvent).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .ToList();

        Assert.All(events, e => Assert.True(e.IsPublic && e.Namespace!.Contains(".Contracts", StringComparison.Ordinal), $"{e.FullName} is not a public type of a Contracts namespace"));
        var names = events.Select(e => EventTypeAttribute.NameOf(e)).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Schemas_HaveExplicitUniqueIds_NotTheirContextsClassName()
    {
        var schemas = ModuleAssemblies.Modules.Append(ModuleAssemblies.Core)
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(IModuleSchema).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
            .Select(t => (IModuleSchema)Activator.CreateInstance(t, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, null, null, null)!)
            .ToList();

        Assert.NotEmpty(schemas);
        Assert.All(schemas, s => Assert.False(string.IsNullOrWhiteSpace(s.SchemaId) || s.SchemaId == s.DbContextType.FullName, $"{s.GetType().FullName} has no explicit schema id"));
        Assert.Equal(schemas.Count, schemas.Select(s => s.SchemaId).Distinct(StringComparer.Ordinal).Count());
    }
}

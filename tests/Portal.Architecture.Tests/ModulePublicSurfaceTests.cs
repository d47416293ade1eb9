using Xunit;

namespace Portal.Architecture.Tests;

/// <summary>
/// A module shows the rest of the platform its Startup (the shell finds it by reflection) and its Contracts namespace
/// (events, read interfaces); everything else is internal, so it can change without anyone outside noticing (issue 8).
/// </summary>
public sealed class ModulePublicSurfaceTests
{
    // Types a framework truly needs public, each with its reason. Razor page models, their inputs, recipe step models,
    // options and DI services all work internal (Razor Pages, System.Text.Json, the configuration binder and the
    // container create internal types), so nothing needs to be here today. A view component or tag helper would:
    // MVC discovers only public ones.
    private static readonly Dictionary<string, string> FrameworkNeedsPublic = new Dictionary<string, string>(StringComparer.Ordinal);

    public static TheoryData<string> Modules => [.. ModuleAssemblies.Modules.Select(ModuleAssemblies.NameOf)];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_ExposesOnlyItsStartupAndContracts(string name)
    {
        var module = ModuleAssemblies.Modules.Single(a => ModuleAssemblies.NameOf(a) == name);

        var exposed = module.GetExportedTypes()
            .Where(t => t.FullName != name + ".Startup" && !IsContract(name, t) && !FrameworkNeedsPublic.ContainsKey(t.FullName!))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(exposed.Count == 0, $"{name} exposes outside its Contracts namespace: {string.Join(", ", exposed)}");
    }

    private static bool IsContract(string module, Type type)
        => type.Namespace is { } space && (space == module + ".Contracts" || space.StartsWith(module + ".Contracts.", StringComparison.Ordinal));
}

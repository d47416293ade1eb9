using Xunit;

namespace Portal.Architecture.Tests;

/// <summary>Modules talk through small contracts; the shell knows no module.</summary>
public sealed class ModuleBoundaryTests
{
    [Fact]
    public void ModulesAndTheirReferencesAreFound()
    {
        var policies = Assert.Single(ModuleAssemblies.Modules, a => ModuleAssemblies.NameOf(a) == "Portal.Modules.Policies");
        Assert.Contains(ModuleAssemblies.Modules, a => ModuleAssemblies.NameOf(a) == "Portal.Modules.Yizheng.Healthcare");

        // The reader sees what the compiler emitted: Policies publishes Core's event type.
        Assert.Contains(("Portal.Core", "Portal.Core.Events", "IPortalEvent"), ModuleAssemblies.TypeReferences(policies));
    }

    [Fact]
    public void Core_ReferencesNoModuleOrTheme()
    {
        var references = ModuleAssemblies.Core.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => ModuleAssemblies.IsModule(name) || name.StartsWith("Portal.Themes.", StringComparison.Ordinal) || name == "Portal.Web");
    }

    [Fact]
    public void Modules_UseOtherModulesOnlyThroughTheirContractsNamespace()
    {
        var violations = new List<string>();
        foreach (var module in ModuleAssemblies.Modules)
        {
            foreach (var (assembly, space, name) in ModuleAssemblies.TypeReferences(module))
            {
                if (ModuleAssemblies.IsModule(assembly) && assembly != ModuleAssemblies.NameOf(module)
                    && !(space == assembly + ".Contracts" || space.StartsWith(assembly + ".Contracts.", StringComparison.Ordinal)))
                {
                    violations.Add($"{ModuleAssemblies.NameOf(module)} uses {space}.{name} of {assembly}");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void Host_UsesModulesOnlyThroughTheirContracts()
    {
        var host = typeof(Program).Assembly;
        var violations = ModuleAssemblies.TypeReferences(host)
            .Where(r => ModuleAssemblies.IsModule(r.Assembly) && !r.Namespace.StartsWith(r.Assembly + ".Contracts", StringComparison.Ordinal))
            .Select(r => $"Portal.Web uses {r.Namespace}.{r.Name} of {r.Assembly}")
            .ToList();

        Assert.Empty(violations);
    }
}

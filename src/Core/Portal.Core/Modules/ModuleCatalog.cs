using System.Reflection;

namespace Portal.Core.Modules;

/// <summary>Every module known to this host process, referenced or loaded as a plugin.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<string, ModuleDescriptor> _byId;
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly;

    public ModuleCatalog(IEnumerable<ModuleDescriptor> modules)
    {
        All = [.. modules.OrderBy(m => m.Manifest.Category, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)];
        _byId = new Dictionary<string, ModuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var module in All)
        {
            if (!_byId.TryAdd(module.Id, module))
            {
                throw new InvalidOperationException($"Two modules declare the id '{module.Id}'.");
            }
        }

        // One module per assembly is the rule; the first one found owns the assembly's pages.
        _byAssembly = All.GroupBy(m => m.Assembly).ToDictionary(g => g.Key, g => g.First());
        foreach (var module in All)
        {
            foreach (var dependency in module.Manifest.Dependencies.Where(d => !_byId.ContainsKey(d)))
            {
                throw new InvalidOperationException($"Module '{module.Id}' depends on unknown module '{dependency}'.");
            }
        }
    }

    public IReadOnlyList<ModuleDescriptor> All { get; }

    public IEnumerable<ModuleDescriptor> Features => All.Where(m => !m.Manifest.IsTheme);

    public IEnumerable<ModuleDescriptor> Themes => All.Where(m => m.Manifest.IsTheme);

    public ModuleDescriptor? Find(string id) => _byId.GetValueOrDefault(id);

    public ModuleDescriptor? FindByAssembly(Assembly assembly) => _byAssembly.GetValueOrDefault(assembly);

    /// <summary>The features really on for a tenant: always-on ones, the chosen ones and all they need.</summary>
    public IReadOnlySet<string> Effective(IEnumerable<string> chosen)
    {
        var effective = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var roots = Features.Where(m => m.Manifest.AlwaysOn).Select(m => m.Id).Concat(chosen.Where(id => Find(id) is not null));
        foreach (var id in roots)
        {
            effective.UnionWith(WithDependencies(id));
        }

        return effective;
    }

    /// <summary>The feature and everything it needs, dependencies first.</summary>
    public IReadOnlyList<string> WithDependencies(string id)
    {
        var ordered = new List<string>();
        Visit(id, ordered, []);
        return ordered;
    }

    private void Visit(string id, List<string> ordered, HashSet<string> visiting)
    {
        var module = _byId[id];
        if (ordered.Contains(module.Id, StringComparer.OrdinalIgnoreCase))
        {
            return;
        }

        if (!visiting.Add(module.Id))
        {
            throw new InvalidOperationException($"Module dependencies form a cycle at '{module.Id}'.");
        }

        foreach (var dependency in module.Manifest.Dependencies)
        {
            Visit(dependency, ordered, visiting);
        }

        ordered.Add(module.Id);
    }
}

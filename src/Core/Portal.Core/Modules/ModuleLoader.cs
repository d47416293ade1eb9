using System.Reflection;
using McMaster.NETCore.Plugins;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;

namespace Portal.Core.Modules;

/// <summary>
/// Finds modules: those the host references (assemblies named Portal.Modules.* and Portal.Themes.*
/// beside the host) and plugins, each in its own folder under a plugin root, loaded in an isolated
/// context that shares the shell's and the framework's types.
/// </summary>
public static class ModuleLoader
{
    private static readonly Type[] SharedTypes =
    [
        typeof(ModuleStartup), typeof(IServiceCollection), typeof(DbContext), typeof(HttpContext), typeof(ILogger),
    ];

    public static ModuleCatalog Load(IEnumerable<Assembly> referenced, IEnumerable<string> pluginRoots)
    {
        var modules = new List<ModuleDescriptor>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var assembly in referenced)
        {
            if (seen.Add(assembly.GetName().Name!))
            {
                modules.AddRange(Describe(assembly, isPlugin: false));
            }
        }

        foreach (var dll in FindPluginAssemblies(pluginRoots))
        {
            if (!seen.Add(Path.GetFileNameWithoutExtension(dll)))
            {
                continue; // the same module is referenced, or already found in an earlier root
            }

            var loader = PluginLoader.CreateFromAssemblyFile(dll, SharedTypes, config => config.PreferSharedTypes = true);
            modules.AddRange(Describe(loader.LoadDefaultAssembly(), isPlugin: true));
        }

        return new ModuleCatalog(modules);
    }

    /// <summary>
    /// The modules of this host: those beside the executable, plugins under the data folder's plugins/
    /// and under the executable's own plugins/ (where the build puts the county extensions kept in the repo).
    /// </summary>
    public static ModuleCatalog LoadForHost(IConfiguration configuration)
    {
        var data = configuration.GetSection("Portal").Get<PortalDataOptions>() ?? new PortalDataOptions();
        return Load(ReferencedAssemblies(AppContext.BaseDirectory), [data.PluginsFolder, Path.Combine(AppContext.BaseDirectory, "plugins")]);
    }

    /// <summary>Referenced module assemblies in the application's folder.</summary>
    public static IEnumerable<Assembly> ReferencedAssemblies(string baseDirectory)
    {
        return Directory.EnumerateFiles(baseDirectory, "Portal.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name!.StartsWith("Portal.Modules.", StringComparison.Ordinal)
                || name.StartsWith("Portal.Themes.", StringComparison.Ordinal))
            .Where(name => !name!.EndsWith(".Tests", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Assembly.Load(new AssemblyName(name!)));
    }

    /// <summary>A plugin is a folder whose main assembly carries the folder's name: plugins/X/X.dll.</summary>
    private static IEnumerable<string> FindPluginAssemblies(IEnumerable<string> roots)
    {
        foreach (var root in roots.Where(Directory.Exists))
        {
            foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
            {
                var dll = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
                if (File.Exists(dll))
                {
                    yield return dll;
                }
            }
        }
    }

    private static IEnumerable<ModuleDescriptor> Describe(Assembly assembly, bool isPlugin)
    {
        return assembly.GetExportedTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(ModuleStartup).IsAssignableFrom(t))
            .Select(t => (ModuleStartup)Activator.CreateInstance(t)!)
            .Select(s => new ModuleDescriptor(s.Manifest, s, assembly, isPlugin));
    }
}

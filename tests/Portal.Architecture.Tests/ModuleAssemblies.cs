using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Portal.Core.Modules;

namespace Portal.Architecture.Tests;

/// <summary>The assemblies under test, found next to the tests rather than listed, so a new module is checked by itself.</summary>
internal static class ModuleAssemblies
{
    public static Assembly Core { get; } = typeof(ModuleStartup).Assembly;

    /// <summary>Every Portal.Modules.* assembly (built-in and county extensions).</summary>
    public static IReadOnlyList<Assembly> Modules { get; } = [.. Directory.GetFiles(AppContext.BaseDirectory, "Portal.Modules.*.dll")
        .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
        .OrderBy(a => a.GetName().Name, StringComparer.Ordinal)];

    public static string NameOf(Assembly assembly) => assembly.GetName().Name!;

    public static bool IsModule(string assemblyName) => assemblyName.StartsWith("Portal.Modules.", StringComparison.Ordinal);

    /// <summary>Every type an assembly's code uses from other assemblies, read from its metadata (what the compiler emitted).</summary>
    public static IEnumerable<(string Assembly, string Namespace, string Name)> TypeReferences(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new List<(string, string, string)>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            var name = metadata.GetString(reference.Name);
            var space = metadata.GetString(reference.Namespace);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                // A nested type: its namespace and assembly are those of the outermost type.
                var outer = metadata.GetTypeReference((TypeReferenceHandle)scope);
                space = metadata.GetString(outer.Namespace);
                scope = outer.ResolutionScope;
            }

            if (scope.Kind == HandleKind.AssemblyReference)
            {
                found.Add((metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name), space, name));
            }
        }

        return found;
    }
}

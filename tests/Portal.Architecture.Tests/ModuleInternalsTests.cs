using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Portal.Architecture.Tests;

/// <summary>A module's persistence is its own: other assemblies see its contracts, never its DbContexts or their entities (issue 8).</summary>
public sealed class ModuleInternalsTests
{
    public static TheoryData<string> Modules => [.. ModuleAssemblies.Modules.Select(ModuleAssemblies.NameOf)];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_DoesNotExpose_ItsDbContextsOrTheirEntities(string name)
    {
        var module = ModuleAssemblies.Modules.Single(a => ModuleAssemblies.NameOf(a) == name);
        var contexts = module.GetTypes().Where(t => t.IsSubclassOf(typeof(DbContext)) && !t.IsAbstract).ToList();
        var entities = contexts.SelectMany(EntityTypes).Where(t => t.Assembly == module).Distinct();

        var exposed = contexts.Concat(entities).Where(t => t.IsVisible).Select(t => t.FullName).ToList();

        Assert.True(exposed.Count == 0, $"{name} exposes: {string.Join(", ", exposed)}");
    }

    // The entity types are the T of every DbSet<T> property, inherited ones included (an IdentityDbContext declares its sets on the base).
    private static IEnumerable<Type> EntityTypes(Type context)
    {
        for (var type = context; type is not null && type != typeof(DbContext); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
                {
                    yield return property.PropertyType.GetGenericArguments()[0];
                }
            }
        }
    }
}

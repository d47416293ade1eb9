using Portal.Core.Modules;

namespace Portal.Core.Security;

/// <summary>Every permission the loaded modules declare, with the module that declares it.</summary>
public sealed class PermissionCatalog
{
    private readonly Dictionary<string, (Permission Permission, ModuleDescriptor Module)> _byName = new(StringComparer.Ordinal);

    public PermissionCatalog(ModuleCatalog modules)
    {
        foreach (var module in modules.All)
        {
            foreach (var permission in module.Startup.Permissions)
            {
                if (!_byName.TryAdd(permission.Name, (permission, module)))
                {
                    throw new InvalidOperationException($"Permission {permission.Name} is declared twice ({_byName[permission.Name].Module.Id} and {module.Id}).");
                }
            }
        }
    }

    public IEnumerable<Permission> All => _byName.Values.Select(v => v.Permission);

    public Permission? Find(string name) => _byName.TryGetValue(name, out var found) ? found.Permission : null;

    public string? ModuleOf(string name) => _byName.TryGetValue(name, out var found) ? found.Module.Id : null;

    /// <summary>The permissions of the features a tenant has on, grouped by module for the roles page.</summary>
    public IReadOnlyList<IGrouping<string, Permission>> ForFeatures(IReadOnlySet<string> features)
        => [.. _byName.Values.Where(v => features.Contains(v.Module.Id)).GroupBy(v => v.Module.Manifest.Name, v => v.Permission)];

    /// <summary>The duties (三员 and personal data) a set of permissions spans; more than one is not allowed for one account.</summary>
    public IReadOnlySet<AdministratorDuty> DutiesOf(IEnumerable<string> permissions)
        => permissions.Select(Find).Where(p => p is { EffectiveDuty: not AdministratorDuty.None }).Select(p => p!.EffectiveDuty).ToHashSet();
}

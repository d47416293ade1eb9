using Portal.Core.Modules;

namespace Portal.Core.Security;

/// <summary>
/// Every role the platform and the loaded modules declare, with the module that brings it. Built when the host starts:
/// a name declared twice, or a module role whose permissions span two duties of 三员分立, stops the start with a
/// message that names the modules.
/// </summary>
public sealed class RoleCatalog
{
    private readonly Dictionary<string, (RoleDeclaration Role, ModuleDescriptor? Module)> _byName = new(StringComparer.Ordinal);

    public RoleCatalog(ModuleCatalog modules, PermissionCatalog permissions)
    {
        foreach (var role in PortalRoles.Declarations)
        {
            _byName.Add(role.Name, (role, null));
        }

        foreach (var module in modules.All)
        {
            foreach (var role in module.Startup.Roles)
            {
                if (_byName.TryGetValue(role.Name, out var first))
                {
                    throw new InvalidOperationException(
                        $"角色“{role.Name}”被声明了两次：{first.Module?.Id ?? "平台内置角色"} 和 {module.Id}。请为模块的角色另取名称。");
                }

                if (permissions.DutiesOf(role.Permissions).Count > 1)
                {
                    throw new InvalidOperationException($"模块 {module.Id} 的角色“{role.Name}”的权限跨越了三员分立中的两种职责。");
                }

                _byName.Add(role.Name, (role, module));
            }
        }
    }

    public RoleDeclaration? Find(string name) => _byName.TryGetValue(name, out var found) ? found.Role : null;

    /// <summary>The module that declares the role; null for the platform's roles and for roles a site created itself.</summary>
    public ModuleDescriptor? ModuleOf(string name) => _byName.TryGetValue(name, out var found) ? found.Module : null;

    /// <summary>The platform's roles, then those of the modules whose features are on (in the site's effective feature set).</summary>
    public IReadOnlyList<RoleDeclaration> ForFeatures(IReadOnlySet<string> features)
        => [.. _byName.Values.Where(v => v.Module is null || features.Contains(v.Module.Id)).Select(v => v.Role)];

    /// <summary>Whether the role works in the back office: every declared role but the retirees' own.</summary>
    public bool IsStaff(string name) => PortalRoles.Staff.Contains(name) || _byName.GetValueOrDefault(name).Module is not null;
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Tenants;

namespace Portal.Core.Security;

/// <summary>
/// Makes sure a site has the platform's roles and the roles of its features that are on, each granted its default
/// permissions once. Idempotent. It only ever adds: a role, or a default permission not granted to that role before
/// (remembered in the role's <see cref="PortalClaimTypes.SeededPermissions"/> claim). So what the 安全管理员 took away is
/// never given back, nothing is taken away when a feature goes off, and a feature switched on later still brings its
/// defaults. Registered by the module that keeps the site's roles (Users); the feature switch, the roles page and the
/// users/roles recipe steps call it.
/// </summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles, RoleCatalog declared, PermissionCatalog permissions, TenantContext tenant)
{
    /// <summary>Seeds for the features the scope's site has on.</summary>
    public Task<IReadOnlyList<string>> EnsureAsync(CancellationToken cancellationToken = default)
        => EnsureAsync(tenant.RequiredShell.Features, cancellationToken);

    /// <summary>Returns the changes made, in Chinese, for a recipe's list of changes.</summary>
    public async Task<IReadOnlyList<string>> EnsureAsync(IReadOnlySet<string> features, CancellationToken cancellationToken = default)
    {
        var changes = new List<string>();
        foreach (var declaration in declared.ForFeatures(features))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = declaration.Name;
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new IdentityRole(name);
                Check(await roles.CreateAsync(role));
                changes.Add($"创建角色 {name}");
            }

            var defaults = declaration.Permissions.Where(p => permissions.Find(p) is not null)
                .Concat(permissions.All.Where(p => p.DefaultRoles.Contains(name)).Select(p => p.Name))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var claims = await roles.GetClaimsAsync(role);
            var seededClaim = claims.FirstOrDefault(c => c.Type == PortalClaimTypes.SeededPermissions);
            var seeded = seededClaim?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)
                // Seeded before the list was kept: every default of then was granted once, so none is granted again.
                ?? (claims.Any(c => c.Type == PortalClaimTypes.BuiltIn) ? defaults.ToHashSet(StringComparer.Ordinal) : []);
            var granted = claims.Where(c => c.Type == PortalClaimTypes.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            var due = defaults.Where(p => !seeded.Contains(p)).ToList();
            foreach (var permission in due.Where(p => !granted.Contains(p)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(PortalClaimTypes.Permission, permission)));
                changes.Add($"角色 {name} 获得默认权限 {permission}");
            }

            seeded.UnionWith(due);
            if (seededClaim is null || due.Count > 0)
            {
                if (seededClaim is not null)
                {
                    Check(await roles.RemoveClaimAsync(role, seededClaim));
                }

                Check(await roles.AddClaimAsync(role, new Claim(PortalClaimTypes.SeededPermissions, string.Join(' ', seeded.Order(StringComparer.Ordinal)))));
            }
        }

        return changes;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

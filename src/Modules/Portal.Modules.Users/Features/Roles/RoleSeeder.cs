using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Features.Roles;

/// <summary>
/// Makes sure a site has the built-in roles, each granted its default permissions once. A role that
/// already carries the built-in mark is left as the security administrator set it.
/// </summary>
internal sealed class RoleSeeder(RoleManager<IdentityRole> roles, PermissionCatalog permissions)
{
    public async Task<IReadOnlyList<string>> EnsureAsync(CancellationToken cancellationToken = default)
    {
        var changes = new List<string>();
        foreach (var name in PortalRoles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new IdentityRole(name);
                Check(await roles.CreateAsync(role));
                changes.Add($"创建角色 {name}");
            }

            var claims = await roles.GetClaimsAsync(role);
            if (claims.Any(c => c.Type == PortalClaims.BuiltIn))
            {
                continue;
            }

            var granted = claims.Where(c => c.Type == PortalClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            foreach (var permission in permissions.All.Where(p => p.DefaultRoles.Contains(name) && !granted.Contains(p.Name)))
            {
                Check(await roles.AddClaimAsync(role, new Claim(PortalClaims.Permission, permission.Name)));
                changes.Add($"角色 {name} 获得默认权限 {permission.Name}");
            }

            Check(await roles.AddClaimAsync(role, new Claim(PortalClaims.BuiltIn, "1")));
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

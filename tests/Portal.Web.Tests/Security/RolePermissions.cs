using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Users.Domain;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Security;

/// <summary>What a role holds in a site's database: the truth the permission matrices compare against.</summary>
public static class RolePermissions
{
    public static async Task<IReadOnlySet<string>> OfAsync(PortalFactory factory, string tenant, string role)
    {
        await using var scope = await TenantScope.CreateAsync(factory, tenant);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var claims = await roles.GetClaimsAsync((await roles.FindByNameAsync(role))!);
        return claims.Where(c => c.Type == PortalClaims.Permission).Select(c => c.Value).ToHashSet();
    }
}

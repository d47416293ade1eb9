using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Features.SignIn;

/// <summary>
/// Stamps each sign-in with its tenant, so the session means nothing on another tenant. Role permissions
/// and the account's units (user claims) come from the base factory. When the site requires a second
/// factor for staff and this staff account has none yet, the session is marked: it may only enrol.
/// </summary>
internal sealed class TenantClaimsPrincipalFactory(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    TenantContext tenant,
    TwoFactorPolicy twoFactor)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.Tenant, tenant.Tenant.Name));
        identity.AddClaim(new Claim(PortalClaims.DisplayName, user.DisplayName));
        if (!user.TwoFactorEnabled && await twoFactor.RequiredForAsync(user))
        {
            identity.AddClaim(new Claim(PortalClaimTypes.TwoFactorEnrolmentRequired, "1"));
        }

        return identity;
    }
}

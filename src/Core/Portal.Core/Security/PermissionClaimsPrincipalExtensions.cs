using System.Security.Claims;

namespace Portal.Core.Security;

public static class PermissionClaimsPrincipalExtensions
{
    /// <summary>
    /// True when the user holds the permission. An account that must still enrol a second factor, or change a
    /// password staff reset, holds none, whatever its roles say.
    /// </summary>
    public static bool HasPermission(this ClaimsPrincipal user, string permission)
        => user.Identity?.IsAuthenticated == true
           && !user.HasClaim(c => c.Type == PortalClaimTypes.TwoFactorEnrolmentRequired)
           && !user.HasClaim(c => c.Type == PortalClaimTypes.PasswordChangeRequired)
           && user.HasClaim(PortalClaimTypes.Permission, permission);

    /// <summary>The units whose people the user may see; null means every unit.</summary>
    public static IReadOnlySet<string>? VisibleUnits(this ClaimsPrincipal user)
        => user.HasPermission(CorePermissions.AllUnits)
            ? null
            : user.FindAll(PortalClaimTypes.Unit).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
}

using Portal.Core.Security;

namespace Portal.Modules.Users.Domain;

internal static class PortalClaims
{
    /// <summary>The tenant that issued the sign-in; a session is valid only on that tenant.</summary>
    public const string Tenant = "portal:tenant";

    public const string DisplayName = "portal:name";

    public const string Permission = PortalClaimTypes.Permission;
}

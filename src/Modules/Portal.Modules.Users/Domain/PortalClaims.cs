namespace Portal.Modules.Users.Domain;

public static class PortalClaims
{
    /// <summary>The tenant that issued the sign-in; a session is valid only on that tenant.</summary>
    public const string Tenant = "portal:tenant";

    public const string DisplayName = "portal:name";

    public const string Permission = "portal:permission";
}

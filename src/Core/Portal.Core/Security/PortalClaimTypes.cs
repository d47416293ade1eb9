namespace Portal.Core.Security;

/// <summary>Claim types every module may read from the signed-in user.</summary>
public static class PortalClaimTypes
{
    /// <summary>A permission granted through one of the user's roles.</summary>
    public const string Permission = "portal:permission";

    /// <summary>A 单位 (unit) the account is bound to; its holder sees only those units' people.</summary>
    public const string Unit = "portal:unit";

    /// <summary>Set while the site requires a second factor that the account has not enrolled yet: no permission counts.</summary>
    public const string TwoFactorEnrolmentRequired = "portal:2fa-enrol";

    /// <summary>Set after staff reset the password: until the holder picks a new one, no permission counts.</summary>
    public const string PasswordChangeRequired = "portal:password-change";

    /// <summary>
    /// On a role: the default permissions already granted to it once (space-separated names). The seeder never grants
    /// them again, so one the 安全管理员 took away stays away; a default of a feature switched on later is still granted.
    /// </summary>
    public const string SeededPermissions = "portal:seeded";

    /// <summary>On a role seeded before <see cref="SeededPermissions"/> existed: all its defaults were granted once.</summary>
    public const string BuiltIn = "portal:builtin";
}

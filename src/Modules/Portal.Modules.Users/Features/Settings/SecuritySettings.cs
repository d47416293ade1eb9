namespace Portal.Modules.Users.Features.Settings;

/// <summary>A site's own security settings, kept by its 安全管理员. One row per site database.</summary>
internal sealed class SecuritySettings
{
    public const int DefaultIdleMinutes = 20;

    public int Id { get; set; } = 1;

    /// <summary>Minutes without a request after which a session ends (warned 60 s before).</summary>
    public int IdleTimeoutMinutes { get; set; } = DefaultIdleMinutes;

    /// <summary>Staff accounts must use an authenticator app to sign in.</summary>
    public bool RequireTwoFactorForStaff { get; set; }

    public int Version { get; set; }
}

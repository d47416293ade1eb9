namespace Portal.Core.Security;

/// <summary>Platform-wide security knobs, bound from "Portal:Security". Per-site settings live with the site's users.</summary>
public sealed class SecurityOptions
{
    /// <summary>Sign-in posts allowed per client IP per minute (a 老干部局 office shares one IP).</summary>
    public int SignInPerIpPerMinute { get; set; } = 30;

    /// <summary>Sign-in posts allowed per site and user name per minute; lockout still comes after 5 failures.</summary>
    public int SignInPerAccountPerMinute { get; set; } = 10;

    /// <summary>HTTPS redirection and HSTS outside Development; off only behind a proxy that does it.</summary>
    public bool RequireHttps { get; set; } = true;
}

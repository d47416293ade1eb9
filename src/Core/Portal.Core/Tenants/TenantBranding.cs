namespace Portal.Core.Tenants;

/// <summary>How a tenant's site presents itself. Owned by <see cref="Tenant"/>.</summary>
public sealed class TenantBranding
{
    public string SiteName { get; set; } = "";

    /// <summary>The one main colour of the site, #rrggbb, dark enough for white text (≥ 4.5:1).</summary>
    public string MainColor { get; set; } = "#9b1c1c";

    /// <summary>File name of the logo in the tenant's media folder, or null for the text emblem.</summary>
    public string? LogoFile { get; set; }

    public string Footer { get; set; } = "";

    /// <summary>网站标识码, the government site identifier.</summary>
    public string? SiteIdCode { get; set; }

    /// <summary>ICP 备案号.</summary>
    public string? IcpNumber { get; set; }

    public TenantBranding Clone() => (TenantBranding)MemberwiseClone();
}

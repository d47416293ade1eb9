namespace Portal.Modules.Site.Pages.Admin;

internal sealed class BrandingInput
{
    public int Version { get; set; }

    public string SiteName { get; set; } = "";

    public string MainColor { get; set; } = "";

    public string? Footer { get; set; }

    public string? SiteIdCode { get; set; }

    public string? IcpNumber { get; set; }
}

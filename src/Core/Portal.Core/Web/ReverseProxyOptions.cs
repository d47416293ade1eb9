namespace Portal.Core.Web;

/// <summary>
/// The reverse proxies in front of the nodes (Portal:ReverseProxy). Only requests that come from one
/// of them may say who the client is (X-Forwarded-For / -Proto); with none configured, nobody may.
/// </summary>
public sealed class ReverseProxyOptions
{
    /// <summary>Proxy addresses, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR form, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to believe.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;

namespace Portal.Core.Web;

internal static class ReverseProxyExtensions
{
    /// <summary>
    /// First in the pipeline, so the audit log, the sign-in rate limits and HTTPS redirection see the
    /// client's address and scheme rather than the proxy's. The Host header is not taken from the
    /// proxy: tenants are resolved by the host the proxy passes on unchanged.
    /// </summary>
    public static WebApplication UseReverseProxy(this WebApplication app, IConfiguration configuration)
    {
        var proxy = configuration.GetSection("Portal:ReverseProxy").Get<ReverseProxyOptions>() ?? new ReverseProxyOptions();
        if (!proxy.IsConfigured)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = proxy.ForwardLimit,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var address in proxy.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(address));
        }

        foreach (var network in proxy.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }

        app.UseForwardedHeaders(options);
        return app;
    }
}

using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Portal.Core.Operations;

/// <summary>
/// /metrics names every tenant and its traffic: only a scraper on this machine or one holding the
/// configured token may read it. Everyone else gets 404, as if there were nothing there.
/// </summary>
public static class MetricsAccess
{
    public static bool IsAllowed(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (options.AllowLoopback && context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))
        {
            return true;
        }

        var header = context.Request.Headers.Authorization.ToString();
        return options.Token is { Length: > 0 } token
            && header.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), Encoding.UTF8.GetBytes(token));
    }
}

using Microsoft.AspNetCore.Http;
using Portal.Core.Themes;

namespace Portal.Core.Web;

/// <summary>
/// Which requests the public-page cache may answer, and under which key. Read before tenant resolution and
/// sign-in, so it works from what the request carries: no Authorization header and no cookie other than the
/// display choice and the antiforgery cookie. Any other cookie (a session, a pending second factor, one a
/// future module adds) sends the request past the cache, so a signed-in user is never served nor stored.
/// </summary>
internal static class PublicPageKey
{
    private const string AntiforgeryCookiePrefix = ".AspNetCore.Antiforgery.";

    public static bool IsAnonymous(HttpRequest request)
    {
        if (request.Headers.Authorization.Count > 0)
        {
            return false;
        }

        if (request.Headers.Cookie.Count == 0)
        {
            return true;
        }

        foreach (var name in request.Cookies.Keys)
        {
            if (name != DisplayPreferences.CookieName && !name.StartsWith(AntiforgeryCookiePrefix, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Scheme, host, the whole path (a site's prefix included), query, display choice (长辈模式/字号/对比度/语速).</summary>
    public static string For(HttpRequest request)
    {
        var display = request.Headers.Cookie.Count == 0 || !request.Cookies.ContainsKey(DisplayPreferences.CookieName)
            ? ""
            : DisplayPreferences.From(request).ToCookie();
        return string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value, " ", display);
    }
}

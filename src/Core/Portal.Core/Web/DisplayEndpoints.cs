using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Themes;

namespace Portal.Core.Web;

/// <summary>
/// The 长辈模式 / text size / contrast switch and the read-aloud 语速 as plain links, so it works without JavaScript:
/// the choice goes into a device cookie and the reader returns to the page they were on.
/// </summary>
internal static class DisplayEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/display", Change);
        endpoints.MapGet(PlatformPaths.Home + "/display", Change).WithMetadata(new PlatformEndpointAttribute());
    }

    private static IResult Change(HttpContext context, string? elder, int? size, string? contrast, int? rate, string? @return)
    {
        var current = DisplayPreferences.From(context.Request);
        var next = current with
        {
            Elder = elder is null ? current.Elder : elder == "1",
            TextSize = size is >= 0 and <= 2 ? size.Value : current.TextSize,
            HighContrast = contrast is null ? current.HighContrast : contrast == "1",
            Rate = rate is >= 0 and <= 2 ? (SpeechRate)rate.Value : current.Rate,
        };
        context.Response.Cookies.Append(DisplayPreferences.CookieName, next.ToCookie(), new CookieOptions
        {
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            HttpOnly = false,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
        });
        var home = context.Request.PathBase.HasValue ? context.Request.PathBase + "/" : "/";
        return Results.Redirect(LocalUrl.Safe(@return) ?? home);
    }
}

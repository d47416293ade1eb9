using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Core.Security;

/// <summary>
/// Refuses a form post that the browser says came from another site (ADR 0037). For forms that carry no
/// antiforgery token because their page is shared by every visitor (the sign-in page is a cached public page):
/// the browser's own Fetch Metadata header, with Origin as the fallback, tells a forged post from a real one.
/// A request with neither header is let through, as the token check would let through a client that keeps
/// cookies: it is an old browser or not a browser, and a sign-in carries no session a forger could ride on.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SameOriginFormAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method) && IsFromAnotherSite(request))
        {
            // 400 like a failed token check: the Chinese status page says the post was not accepted.
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return Task.CompletedTask;
        }

        return next();
    }

    public static bool IsFromAnotherSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            // "same-site" is refused too: a county's sibling on another subdomain is another site here.
            return fetchSite is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return false;
        }

        return !string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);
    }
}

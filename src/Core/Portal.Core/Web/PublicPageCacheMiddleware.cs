using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Portal.Core.Operations;

namespace Portal.Core.Web;

/// <summary>
/// Front of the pipeline, right after the security headers and HTTPS rules: answers an anonymous GET from the
/// kept copy without resolving the tenant, routing or running sign-in (ADR 0032). On a miss it marks the
/// request as a candidate; <see cref="PublicPageCaptureMiddleware"/> keeps the answer if the page is a
/// [PublicPage] and the answer may be shared.
/// </summary>
internal sealed class PublicPageCacheMiddleware(RequestDelegate next, PublicPageStore store)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !PublicPageKey.IsAnonymous(request))
        {
            return next(context);
        }

        // Read before the key is looked up: an eviction after this point stops the answer being kept.
        var generation = store.Generation;
        var key = PublicPageKey.For(request);
        if (store.Find(key) is { } page)
        {
            return ServeAsync(context, page);
        }

        context.Features.Set(new PublicPageCandidate(key, generation));
        return next(context);
    }

    private static Task ServeAsync(HttpContext context, StoredPage page)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        foreach (var (name, value) in page.Headers)
        {
            headers[name] = value;
        }

        headers.Age = ((Environment.TickCount64 - page.StoredTicks) / 1000).ToString(CultureInfo.InvariantCulture);
        response.ContentLength = page.Body.Length;
        if (page.Tenant is { } tenant)
        {
            context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new(PortalMetrics.TenantTag, tenant));
        }

        return response.Body.WriteAsync(page.Body, context.RequestAborted).AsTask();
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Portal.Core.Tenants;

namespace Portal.Core.Web;

/// <summary>
/// After sign-in, where the endpoint and the user are known: copies the answer of a [PublicPage] to a candidate
/// request and keeps it when it may be shared — 200, no Set-Cookie, not no-store, nobody signed in — tagged with
/// its tenant (registry changes) and every site whose content it shows (<see cref="PublicPageCache.DependsOn"/>).
/// </summary>
internal sealed class PublicPageCaptureMiddleware(RequestDelegate next, PublicPageStore store)
{
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.ContentLength, HeaderNames.TransferEncoding, HeaderNames.SetCookie, HeaderNames.Age,
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var candidate = context.Features.Get<PublicPageCandidate>();
        if (candidate is null || context.GetEndpoint()?.Metadata.GetMetadata<PublicPageAttribute>() is null || IsSignedIn(context))
        {
            await next(context);
            return;
        }

        var earlier = new HashSet<string>(context.Response.Headers.Keys, StringComparer.OrdinalIgnoreCase);
        var body = context.Features.Get<IHttpResponseBodyFeature>()!;
        await using var copy = new CopyingStream(body.Stream, PublicPageStore.MaxPageBytes);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(copy, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
        }

        if (copy.Copy is { } bytes && MayBeShared(context))
        {
            store.Store(candidate.Key, new StoredPage(bytes, HeadersSetBy(context.Response, earlier), Tags(context, out var tenant), tenant, Environment.TickCount64), candidate.Generation);
        }
    }

    private static bool IsSignedIn(HttpContext context) => context.User.Identity?.IsAuthenticated == true;

    private static bool MayBeShared(HttpContext context)
    {
        var response = context.Response;
        return response.StatusCode == StatusCodes.Status200OK
            && !context.RequestAborted.IsCancellationRequested
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && !IsSignedIn(context)
            && !response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase);
    }

    private static KeyValuePair<string, StringValues>[] HeadersSetBy(HttpResponse response, HashSet<string> earlier)
        => [.. response.Headers.Where(h => !earlier.Contains(h.Key) && !NotKept.Contains(h.Key))];

    private static string[] Tags(HttpContext context, out string? tenant)
    {
        var shell = context.RequestServices.GetRequiredService<TenantContext>().Shell;
        tenant = shell?.Name;
        var tags = new List<string>();
        if (shell is null)
        {
            tags.Add(PublicPageCache.PlatformTag);
        }
        else
        {
            tags.Add(PublicPageCache.TenantTag(shell.Name));
            tags.Add(PublicPageCache.ContentTag(shell.Name));
        }

        tags.AddRange(PublicPageCache.Dependencies(context).Select(PublicPageCache.ContentTag));
        return [.. tags.Distinct(StringComparer.Ordinal)];
    }
}

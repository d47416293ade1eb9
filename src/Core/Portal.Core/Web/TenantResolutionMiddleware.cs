using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Portal.Core.Operations;
using Portal.Core.Tenants;

namespace Portal.Core.Web;

/// <summary>
/// Resolves the request's tenant by host, then by first path segment (moved into PathBase so that
/// every module routes and links relative to the tenant), and activates it. An unknown host or
/// prefix is a 404: there is no fallback to another tenant's data. Everything logged after it carries
/// the tenant (a logging scope), and the request's metrics are tagged with it.
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next, ILogger<TenantResolutionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, TenantResolver resolver, ShellHost shells, TenantContext tenantContext)
    {
        var request = context.Request;
        var tenant = await resolver.ByHostAsync(request.Host.Value ?? "", context.RequestAborted);
        if (tenant is null && FirstSegment(request.Path) is { } segment)
        {
            tenant = await resolver.ByPrefixAsync(segment, context.RequestAborted);
            if (tenant is not null)
            {
                request.PathBase = request.PathBase.Add("/" + segment);
                request.Path = request.Path.Value!.Length > segment.Length + 1 ? request.Path.Value[(segment.Length + 1)..] : "";
                if (!request.Path.HasValue)
                {
                    // "/yizheng" → "/yizheng/" so relative links of the home page resolve inside the site.
                    context.Response.Redirect(request.PathBase + "/" + request.QueryString);
                    return;
                }
            }
        }

        var name = tenant?.Name ?? TenantLogScope.Platform;
        context.Features.Get<IHttpMetricsTagsFeature>()?.Tags.Add(new(PortalMetrics.TenantTag, name));
        using var scope = logger.BeginScope(TenantLogScope.For(name));
        if (tenant is null)
        {
            await ServePlatformAsync(context);
            return;
        }

        switch (tenant.State)
        {
            case TenantState.Disabled:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            case TenantState.Uninitialized:
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync($"“{tenant.DisplayName}”网站正在建设中，请稍后访问。");
                return;
        }

        tenantContext.Shell = await shells.GetAsync(tenant, context.RequestAborted);
        await next(context);
    }

    private async Task ServePlatformAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path is "/" or "")
        {
            context.Request.Path = PlatformPaths.Home;
        }
        else if (!PlatformPaths.IsPlatform(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await next(context);
    }

    private static string? FirstSegment(PathString path)
    {
        var value = path.Value;
        if (string.IsNullOrEmpty(value) || value.Length < 2)
        {
            return null;
        }

        var end = value.IndexOf('/', 1);
        return end < 0 ? value[1..] : value[1..end];
    }
}

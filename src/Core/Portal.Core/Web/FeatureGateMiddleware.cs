using Microsoft.AspNetCore.Http;
using Portal.Core.Tenants;

namespace Portal.Core.Web;

/// <summary>
/// Runs after routing: a tenant endpoint of a feature the tenant has off, a tenant endpoint asked for
/// without a tenant, or a platform endpoint asked for inside a tenant, all answer 404. An endpoint marked
/// for both (the API documents) is served everywhere.
/// </summary>
internal sealed class FeatureGateMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, TenantContext tenantContext)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null)
        {
            return next(context);
        }

        var isPlatform = endpoint.Metadata.GetMetadata<PlatformEndpointAttribute>() is not null;
        var shell = tenantContext.Shell;
        var allowed = endpoint.Metadata.GetMetadata<PlatformAndSiteEndpointAttribute>() is not null
            ? true
            : isPlatform
            ? shell is null
            : shell is not null && (endpoint.Metadata.GetMetadata<FeatureMetadata>() is not { } feature || shell.HasFeature(feature.FeatureId));
        if (!allowed)
        {
            context.SetEndpoint(null);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }
}

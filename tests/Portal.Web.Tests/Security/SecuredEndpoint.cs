using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Security;
using Portal.Core.Web;

namespace Portal.Web.Tests.Security;

/// <summary>
/// An admin page or API endpoint as the routing table declares it: its path, its feature and the
/// permissions it requires. Found from the EndpointDataSource, so a new page is in the matrix without a test change.
/// </summary>
public sealed record SecuredEndpoint(string Pattern, string? Feature, IReadOnlyList<string> Permissions, bool Anonymous, bool Declared)
{
    /// <summary>Query strings for pages that need one to show anything (else they answer 404 to everyone).</summary>
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["admin/roles/edit"] = "?name=" + Uri.EscapeDataString("编辑"),
        ["admin/roles/assign"] = "?user=clerk",
    };

    public bool IsApi => Pattern.StartsWith("api/", StringComparison.Ordinal);

    public static IReadOnlyList<SecuredEndpoint> Discover(EndpointDataSource source) => [.. source.Endpoints
        .OfType<RouteEndpoint>()
        .Where(IsSecured)
        .Select(e => (Endpoint: e, Pattern: (e.RoutePattern.RawText ?? "").TrimStart('/')))
        .Where(e => e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Get))
        .Select(e => From(e.Endpoint))
        .DistinctBy(e => e.Pattern)
        .OrderBy(e => e.Pattern, StringComparer.Ordinal)];

    /// <summary>True for the endpoints the matrix covers: admin pages, APIs, and anything that declares a permission.</summary>
    public static bool IsSecured(RouteEndpoint endpoint)
    {
        var pattern = (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
        return endpoint.Metadata.GetMetadata<PlatformEndpointAttribute>() is null
               && (pattern.StartsWith("admin", StringComparison.Ordinal) || pattern.StartsWith("api/", StringComparison.Ordinal)
                   || endpoint.Metadata.GetMetadata<RequirePermissionAttribute>() is not null);
    }

    public static SecuredEndpoint From(RouteEndpoint endpoint) => new(
        (endpoint.RoutePattern.RawText ?? "").TrimStart('/'),
        endpoint.Metadata.GetMetadata<FeatureMetadata>()?.FeatureId,
        [.. endpoint.Metadata.GetOrderedMetadata<RequirePermissionAttribute>().Select(a => a.Permission).Distinct()],
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null,
        endpoint.Metadata.GetMetadata<RequirePermissionAttribute>() is not null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null);

    /// <summary>The address to request inside a tenant: optional route values left out, samples added (unless <paramref name="sample"/> is false).</summary>
    public string PathIn(string tenant, bool sample = true)
    {
        var segments = Pattern.Split('/').Where(s => !(s.StartsWith('{') && s.EndsWith("?}", StringComparison.Ordinal)))
            // A public API's id (api/content/articles/{id}): any value shows whether the endpoint lets the caller in.
            .Select(s => Anonymous && s.StartsWith('{') ? "1" : s).ToList();
        if (segments.FirstOrDefault(s => s.StartsWith('{')) is { } required)
        {
            throw new InvalidOperationException($"{Pattern} has a required route value {required}: add a sample to SecuredEndpoint.Samples.");
        }

        var path = string.Join('/', segments);
        return $"/{tenant}/{path}{(sample ? Samples.GetValueOrDefault(path, "") : "")}";
    }
}

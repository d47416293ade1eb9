using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Security;

namespace Portal.Web.Tests.Security;

/// <summary>
/// Something that changes state: a Razor Pages POST handler (<c>OnPost*</c>, found by reflection on the page model of
/// each secured page the routing table lists) or an API endpoint answering POST, PUT, PATCH or DELETE. Its permissions
/// are the page's <see cref="RequirePermissionAttribute"/>s plus the handler's own <see cref="RequireHandlerPermissionAttribute"/>s.
/// </summary>
public sealed record SecuredHandler(SecuredEndpoint Page, string? Handler, string Method, IReadOnlyList<string> Permissions)
{
    private static readonly string[] ChangingMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    public bool IsApi => Page.IsApi;

    /// <summary>Without the GET samples: a post that names no record must not change the fixture's roles or accounts.</summary>
    public string PathIn(string tenant)
    {
        var path = Page.PathIn(tenant, sample: false);
        return Handler is null ? path : $"{path}?handler={Handler}";
    }

    public override string ToString() => $"{Method} {Page.Pattern}{(Handler is null ? "" : "?handler=" + Handler)}";

    public static async Task<IReadOnlyList<SecuredHandler>> DiscoverAsync(EndpointDataSource source, PageLoader pages)
    {
        var found = new List<SecuredHandler>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>().Where(SecuredEndpoint.IsSecured))
        {
            var page = SecuredEndpoint.From(endpoint);
            if (page.Anonymous)
            {
                continue;
            }

            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var compiled = await pages.LoadAsync(descriptor, endpoint.Metadata);
                found.AddRange(compiled.HandlerMethods
                    .Where(h => string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase))
                    .Select(h => new SecuredHandler(page, h.Name, HttpMethods.Post, [.. page.Permissions
                        .Concat(h.MethodInfo.GetCustomAttributes<RequireHandlerPermissionAttribute>().Select(a => a.Permission)).Distinct()])));
            }
            else if (endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods)
            {
                found.AddRange(methods.HttpMethods.Intersect(ChangingMethods, StringComparer.OrdinalIgnoreCase)
                    .Select(m => new SecuredHandler(page, null, m, page.Permissions)));
            }
        }

        return [.. found.DistinctBy(h => h.ToString()).OrderBy(h => h.ToString(), StringComparer.Ordinal)];
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;

namespace Portal.Core.Web.Api;

/// <summary>
/// The anonymous API documents (ADR 0025): /openapi/v1.json on the platform and /{prefix}/openapi/v1.json
/// (or /openapi/v1.json on a site's own host) per site. They list public APIs only (<see cref="PublicApi"/>),
/// and a site's document only those of features the site has switched on. No document lists the admin
/// APIs; those are described in docs/security.md for the people allowed to use them.
/// </summary>
public static class ApiDocuments
{
    public const string Name = "v1";

    public static IServiceCollection AddPortalApiDocuments(this IServiceCollection services)
    {
        services.AddOpenApi(Name, options => options.AddDocumentTransformer<ApiDocumentTransformer>());
        services.AddOptions<OpenApiOptions>(Name).Configure<IHttpContextAccessor>((options, http) =>
            // Decided per request: the document is generated for the site that asks for it.
            options.ShouldInclude = description => PublicApi.IsPublic(description)
                && (PublicApi.FeatureOf(description) is not { } feature
                    || http.HttpContext?.RequestServices.GetService<TenantContext>()?.Shell is not { } site
                    || site.HasFeature(feature)));
        return services;
    }

    public static void MapPortalApiDocuments(this IEndpointRouteBuilder endpoints)
        => endpoints.MapOpenApi().WithMetadata(new PlatformAndSiteEndpointAttribute()).AllowAnonymous();
}

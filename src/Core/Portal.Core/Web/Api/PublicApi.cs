using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace Portal.Core.Web.Api;

/// <summary>
/// What counts as a public API, decided from the endpoint alone so that a module's new endpoint joins
/// (or stays out of) the anonymous documents by itself: a route under /api/ that anyone may call (no
/// authorization, or AllowAnonymous). Endpoints that need a sign-in (the audit API …) never qualify.
/// </summary>
public static partial class PublicApi
{
    public static bool IsPublic(ApiDescription description)
    {
        var path = description.RelativePath ?? "";
        if (!path.StartsWith("api/", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var metadata = description.ActionDescriptor.EndpointMetadata;
        return metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any();
    }

    /// <summary>The feature an endpoint belongs to, or null for a core endpoint.</summary>
    public static string? FeatureOf(ApiDescription description)
        => description.ActionDescriptor.EndpointMetadata.OfType<FeatureMetadata>().LastOrDefault()?.FeatureId;

    /// <summary>The document's path key of an endpoint: "/" + its route without constraints ({id:long} → {id}).</summary>
    public static string PathOf(ApiDescription description)
        => "/" + Constraint().Replace(description.RelativePath ?? "", "{$1}").TrimEnd('/');

    [GeneratedRegex(@"\{\*{0,2}([^}:=?]+)[^}]*\}")]
    private static partial Regex Constraint();
}

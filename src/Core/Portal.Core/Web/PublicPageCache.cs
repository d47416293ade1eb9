using Microsoft.AspNetCore.OutputCaching;
using Portal.Core.Themes;

namespace Portal.Core.Web;

/// <summary>
/// Output caching for public pages that opt in with [OutputCache(PolicyName = PublicPageCache.PolicyName)]:
/// anonymous GETs only, per host and path and display choice, evicted when the tenant changes (tag = tenant name).
/// Pages with forms (antiforgery tokens) or personal data must not opt in.
/// </summary>
public static class PublicPageCache
{
    public const string PolicyName = "public-page";

    /// <summary>The platform's own pages list the sites: any registry change evicts them.</summary>
    public const string PlatformTag = "platform";

    public static string TenantTag(string tenantName) => "tenant:" + tenantName;

    public static void Configure(OutputCachePolicyBuilder policy) => policy
        .Expire(TimeSpan.FromMinutes(5))
        .SetVaryByHost(true)
        .SetVaryByRouteValue([])
        .VaryByValue(context => new KeyValuePair<string, string>("display", DisplayPreferences.From(context.Request).ToCookie()))
        .VaryByValue(context => new KeyValuePair<string, string>("base", context.Request.PathBase.Value ?? ""))
        .Tag("public")
        .With(context => context.HttpContext.User.Identity?.IsAuthenticated != true)
        .AddPolicy<TenantTagPolicy>();
}

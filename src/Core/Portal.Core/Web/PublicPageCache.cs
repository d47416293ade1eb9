using Microsoft.AspNetCore.Http;

namespace Portal.Core.Web;

/// <summary>
/// The public-page cache for pages marked [<see cref="PublicPageAttribute"/>]: anonymous GETs only, per scheme,
/// host, path, query and display choice, kept in <see cref="PublicPageStore"/> and answered at the front of the
/// pipeline (<see cref="PublicPageCacheMiddleware"/>). Evicted when the tenant changes in the registry (tag
/// "tenant:NAME") and when published content changes (tag "content:NAME", see <see cref="PublicPageEviction"/>);
/// a page that shows another site's content (a county showing its province's documents) declares it with
/// <see cref="DependsOn"/>. Pages with forms that carry antiforgery tokens or with personal data must not opt in.
/// ADR 0018 and 0032.
/// </summary>
public static class PublicPageCache
{
    /// <summary>Configuration key that switches the cache off (the benchmark measures both ways).</summary>
    public const string EnabledSetting = "Portal:PublicPageCache:Enabled";

    private const string DependenciesKey = "Portal.PublicPageCache.DependsOn";

    /// <summary>The platform's own pages list the sites: any registry change evicts them.</summary>
    public const string PlatformTag = "platform";

    public static string TenantTag(string tenantName) => "tenant:" + tenantName;

    /// <summary>Pages showing content published by this tenant (its own pages and its descendants' pages that include it).</summary>
    public static string ContentTag(string tenantName) => "content:" + tenantName;

    /// <summary>Marks the page being rendered as showing content of <paramref name="tenantName"/>: evicted when that tenant's content changes.</summary>
    public static void DependsOn(HttpContext context, string tenantName)
    {
        if (context.Items[DependenciesKey] is not HashSet<string> names)
        {
            context.Items[DependenciesKey] = names = new HashSet<string>(StringComparer.Ordinal);
        }

        names.Add(tenantName);
    }

    internal static IEnumerable<string> Dependencies(HttpContext context)
        => context.Items[DependenciesKey] as HashSet<string> ?? Enumerable.Empty<string>();
}

using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Web;

/// <summary>
/// What a module calls after a committed write that changes what anonymous visitors see: the cached
/// public pages showing that tenant's content are dropped, so the next request renders them anew.
/// Each node calls it for its own cache (for Policies: when its index applies the change), so a change
/// made on another node or by the command line is evicted too. Harmless where no page cache runs (CLI).
/// The modules' content caches (<see cref="ITenantContentCache"/>) are dropped with the pages.
/// </summary>
public sealed class PublicPageEviction(IServiceProvider services)
{
    private readonly PublicPageStore? _store = services.GetService<PublicPageStore>();

    public ValueTask ContentChangedAsync(string tenantName, CancellationToken cancellationToken = default)
    {
        foreach (var cache in services.GetServices<ITenantContentCache>())
        {
            cache.Forget(tenantName);
        }

        _store?.EvictByTag(PublicPageCache.ContentTag(tenantName));
        return ValueTask.CompletedTask;
    }
}

using Microsoft.Extensions.Logging;
using Portal.Core.Tenants.Hierarchy;
using Portal.Core.Web;

namespace Portal.Core.Tenants;

/// <summary>
/// Applies registry changes (from this process, the command line or another node) to this process:
/// forgets cached lookups and evicts the changed tenants, so their next request sees the new state.
/// </summary>
public sealed class RegistrySync(TenantStore store, TenantResolver resolver, ShellHost shells, TenantHierarchy hierarchy, SiteListCache siteList, ILogger<RegistrySync> logger, PublicPageStore? pageCache = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _cursor = -1;

    public long Cursor => Interlocked.Read(ref _cursor);

    public async Task<int> SyncAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cursor < 0)
            {
                _cursor = await store.LatestChangeIdAsync(cancellationToken);
                siteList.Clear(); // anything listed before the cursor was known may predate a change it skips
                return 0;
            }

            var changes = await store.ChangesAfterAsync(_cursor, cancellationToken);
            foreach (var name in changes.Select(c => c.TenantName).Distinct(StringComparer.Ordinal))
            {
                resolver.Invalidate(name);
                hierarchy.Invalidate(name);
                await shells.EvictAsync(name);
                // After the shell: a page rendered from the old shell started before this eviction and is not kept.
                pageCache?.EvictByTag(PublicPageCache.TenantTag(name));
                logger.LogInformation("Tenant {Tenant} changed in the registry; reloaded on next request", name);
            }

            if (changes.Count > 0)
            {
                siteList.Clear();
                pageCache?.EvictByTag(PublicPageCache.PlatformTag);

                Interlocked.Exchange(ref _cursor, changes[^1].Id);
            }

            return changes.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}

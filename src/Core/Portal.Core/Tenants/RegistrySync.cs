using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenants.Hierarchy;
using Portal.Core.Web;

namespace Portal.Core.Tenants;

/// <summary>
/// Applies registry changes (from this process, the command line or another node) to this process:
/// forgets cached lookups and evicts the changed tenants, so their next request sees the new state.
/// </summary>
public sealed class RegistrySync(TenantStore store, TenantResolver resolver, ShellHost shells, TenantHierarchy hierarchy, ILogger<RegistrySync> logger, IOutputCacheStore? pageCache = null) : IDisposable
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
                return 0;
            }

            var changes = await store.ChangesAfterAsync(_cursor, cancellationToken);
            foreach (var name in changes.Select(c => c.TenantName).Distinct(StringComparer.Ordinal))
            {
                resolver.Invalidate(name);
                hierarchy.Invalidate(name);
                if (pageCache is not null)
                {
                    await pageCache.EvictByTagAsync(PublicPageCache.TenantTag(name), cancellationToken);
                }

                await shells.EvictAsync(name);
                logger.LogInformation("Tenant {Tenant} changed in the registry; reloaded on next request", name);
            }

            if (changes.Count > 0)
            {
                if (pageCache is not null)
                {
                    await pageCache.EvictByTagAsync(PublicPageCache.PlatformTag, cancellationToken);
                }

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

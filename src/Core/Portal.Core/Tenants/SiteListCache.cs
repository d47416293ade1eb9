using System.Collections.Concurrent;

namespace Portal.Core.Tenants;

/// <summary>
/// The platform page's list of sites, a page of the registry at a time, kept until the registry changes
/// (<see cref="RegistrySync"/> clears it on every change, from this process, the command line or another node),
/// so the platform page reads no database while nothing changed. Bounded: a crawl of far pages only keeps a few.
/// </summary>
public sealed class SiteListCache(TenantStore store)
{
    private const int MaxPages = 64;

    private readonly ConcurrentDictionary<(int Skip, int Take), (IReadOnlyList<Tenant> Items, int Total)> _pages = new();
    private long _generation;

    public async Task<(IReadOnlyList<Tenant> Items, int Total)> PageAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var key = (skip, take);
        if (_pages.TryGetValue(key, out var page))
        {
            return page;
        }

        // Read before the registry: a list read across a change is not kept (Clear moved the generation on).
        var generation = Interlocked.Read(ref _generation);
        page = await store.ListAsync(skip, take, cancellationToken: cancellationToken);
        if (_pages.Count < MaxPages && Interlocked.Read(ref _generation) == generation)
        {
            _pages[key] = page;
            if (Interlocked.Read(ref _generation) != generation)
            {
                _pages.TryRemove(key, out _);
            }
        }

        return page;
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _pages.Clear();
    }
}

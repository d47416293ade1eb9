using System.Collections.Concurrent;

namespace Portal.Core.Tenants;

/// <summary>
/// Finds the tenant for a host name or URL prefix, asking the registry once per key and keeping
/// the answer (also "no such tenant") until the change feed says the registry moved.
/// </summary>
public sealed class TenantResolver(TenantStore store)
{
    private const int MaxCachedMisses = 10_000;
    private readonly ConcurrentDictionary<string, Tenant?> _byHost = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Tenant?> _byPrefix = new(StringComparer.OrdinalIgnoreCase);

    public ValueTask<Tenant?> ByHostAsync(string host, CancellationToken cancellationToken = default)
        => LookupAsync(_byHost, host, h => store.FindByHostAsync(h, cancellationToken));

    public ValueTask<Tenant?> ByPrefixAsync(string prefix, CancellationToken cancellationToken = default)
        => LookupAsync(_byPrefix, prefix, p => store.FindByPrefixAsync(p, cancellationToken));

    /// <summary>Forgets what is known of the tenant, and every cached miss (it may be a new tenant).</summary>
    public void Invalidate(string tenantName)
    {
        foreach (var cache in new[] { _byHost, _byPrefix })
        {
            foreach (var entry in cache.Where(e => e.Value is null || e.Value.Name == tenantName))
            {
                cache.TryRemove(entry);
            }
        }
    }

    private static async ValueTask<Tenant?> LookupAsync(ConcurrentDictionary<string, Tenant?> cache, string key, Func<string, Task<Tenant?>> load)
    {
        if (cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var tenant = await load(key.ToLowerInvariant());
        if (tenant is not null || cache.Count < MaxCachedMisses)
        {
            cache[key] = tenant;
        }

        return tenant;
    }
}

using System.Collections.Concurrent;

namespace Portal.Core.Tenants;

/// <summary>
/// A tenant while it is active in this process: a snapshot of its registry entry, its effective
/// features and the resources modules opened for it (search indexes, caches), released on eviction.
/// </summary>
public sealed class TenantShell(Tenant tenant, IReadOnlySet<string> features) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> _resources = new();
    private long _lastUsedTicks = Environment.TickCount64;

    public Tenant Tenant { get; } = tenant;

    public string Name => Tenant.Name;

    public IReadOnlySet<string> Features { get; } = features;

    public long LastUsedTicks => Interlocked.Read(ref _lastUsedTicks);

    public bool HasFeature(string id) => Features.Contains(id);

    public void Touch() => Interlocked.Exchange(ref _lastUsedTicks, Environment.TickCount64);

    /// <summary>One resource of type T for this tenant, created on first use and disposed with the shell.</summary>
    public T GetOrAddResource<T>(Func<TenantShell, T> create)
        where T : class
        => (T)_resources.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(this))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var resource in _resources.Values.Where(r => r.IsValueCreated).Select(r => r.Value))
        {
            switch (resource)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }

        _resources.Clear();
    }
}

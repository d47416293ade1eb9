using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Portal.Core.Data;
using Portal.Core.Modules;

namespace Portal.Core.Tenants;

/// <summary>
/// Activates tenants on first use and evicts them when idle or changed. Activation brings the
/// tenant's module tables up to date, so an upgraded host migrates each tenant as it wakes.
/// </summary>
public sealed class ShellHost(ModuleCatalog catalog, SchemaMigrator migrator, DatabaseConnections connections, ILogger<ShellHost> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TenantShell>>> _shells = new(StringComparer.Ordinal);

    public int ActiveCount => _shells.Count;

    public IEnumerable<TenantShell> Active => _shells.Values
        .Where(l => l.IsValueCreated && l.Value.IsCompletedSuccessfully)
        .Select(l => l.Value.Result);

    public bool IsActive(string name) => _shells.ContainsKey(name);

    /// <summary>True while <paramref name="shell"/> is the live shell of its tenant (not evicted or replaced).</summary>
    public bool IsCurrent(TenantShell shell)
        => _shells.TryGetValue(shell.Name, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && ReferenceEquals(lazy.Value.Result, shell);

    public async Task<TenantShell> GetAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        var lazy = _shells.GetOrAdd(tenant.Name, _ => new Lazy<Task<TenantShell>>(() => ActivateAsync(tenant)));
        try
        {
            var shell = await lazy.Value.WaitAsync(cancellationToken);
            shell.Touch();
            return shell;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            _shells.TryRemove(new KeyValuePair<string, Lazy<Task<TenantShell>>>(tenant.Name, lazy));
            throw;
        }
    }

    /// <summary>Drops the tenant from memory; the next request activates it again from the registry.</summary>
    public async Task EvictAsync(string name)
    {
        if (!_shells.TryRemove(name, out var lazy) || !lazy.IsValueCreated)
        {
            return;
        }

        try
        {
            var shell = await lazy.Value;
            await shell.DisposeAsync();
            connections.ReleaseConnections(shell.Tenant.Database);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Tenant {Tenant} failed while being evicted", name);
        }
    }

    public async Task<int> EvictIdleAsync(TimeSpan idleTimeout)
    {
        var cutoff = Environment.TickCount64 - (long)idleTimeout.TotalMilliseconds;
        var idle = Active.Where(s => s.LastUsedTicks < cutoff).Select(s => s.Name).ToList();
        foreach (var name in idle)
        {
            await EvictAsync(name);
        }

        return idle.Count;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var name in _shells.Keys.ToList())
        {
            await EvictAsync(name);
        }
    }

    private async Task<TenantShell> ActivateAsync(Tenant tenant)
    {
        var features = catalog.Effective(tenant.Features);
        await migrator.ApplyAsync(tenant.Database, features);
        logger.LogDebug("Tenant {Tenant} activated with {Count} features", tenant.Name, features.Count);
        return new TenantShell(tenant, features);
    }
}

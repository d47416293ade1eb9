using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// A tenant's open index, held as a <see cref="Portal.Core.Tenants.TenantShell"/> resource so that
/// evicting the tenant closes the writer and releases the folder. One catch-up at a time (the gate).
/// </summary>
internal sealed class TenantPolicyIndex(string path) : IDisposable
{
    public string Path { get; } = path;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Open index; null until the first catch-up, or after corruption was found.</summary>
    public PolicyIndex? Index { get; set; }

    /// <summary>When the database was last asked for new tasks (Environment.TickCount64).</summary>
    public long LastCheckTicks { get; set; }

    /// <summary>When this process last took or renewed its lease on the folder (Environment.TickCount64); 0 = not held.</summary>
    public long LeaseRenewedTicks { get; set; }

    /// <summary>Gives the lease back when the index closes (set by the indexer that took it).</summary>
    public Func<Task>? ReleaseLease { get; init; }

    /// <summary>On eviction: waits (briefly) for a running catch-up, then closes the writer so the folder's lock is released.</summary>
    public void Dispose()
    {
        var entered = Gate.Wait(TimeSpan.FromSeconds(30));
        try
        {
            Index?.Dispose();
            Index = null;
            if (LeaseRenewedTicks != 0 && ReleaseLease is not null)
            {
                LeaseRenewedTicks = 0;
                ReleaseLease().GetAwaiter().GetResult();
            }
        }
        finally
        {
            if (entered)
            {
                Gate.Release();
            }
        }
    }
}

using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// A tenant's open index, held as a <see cref="Portal.Core.Tenants.TenantShell"/> resource so that
/// evicting the tenant closes the writer and releases the folder. One catch-up at a time (the gate).
/// </summary>
internal sealed class TenantPolicyIndex(string path) : IDisposable
{
    private readonly CancellationTokenSource _closing = new();

    public string Path { get; } = path;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Open index; null until the first catch-up, while a rebuild runs, or after corruption was found.</summary>
    public PolicyIndex? Index { get; set; }

    /// <summary>While a rebuild runs: the previous index, still answering searches as long as it can be read.</summary>
    public PolicyIndex? LastGood { get; set; }

    /// <summary>The background rebuild (null or completed when none runs). Set under the gate.</summary>
    public Task? Rebuild { get; set; }

    public bool IsRebuilding => Rebuild is { IsCompleted: false };

    /// <summary>When the index files were last compared with what the last commit wrote (Environment.TickCount64).</summary>
    public long LastFileCheckTicks { get; set; }

    /// <summary>When this process last took or renewed its lease on the folder (Environment.TickCount64); 0 = not held.</summary>
    public long LeaseRenewedTicks { get; set; }

    /// <summary>Gives the lease back when the index closes (set by the indexer that took it).</summary>
    public Func<Task>? ReleaseLease { get; init; }

    /// <summary>Cancelled when the shell is evicted: a running rebuild stops and leaves the folder alone.</summary>
    public CancellationToken Closing => _closing.Token;

    /// <summary>On eviction: waits (briefly) for a running catch-up, then closes the writer so the folder's lock is released.</summary>
    public void Dispose()
    {
        _closing.Cancel();
        var entered = Gate.Wait(TimeSpan.FromSeconds(30));
        try
        {
            IndexFailure.CloseQuietly(Index);
            IndexFailure.CloseQuietly(LastGood);
            Index = null;
            LastGood = null;
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

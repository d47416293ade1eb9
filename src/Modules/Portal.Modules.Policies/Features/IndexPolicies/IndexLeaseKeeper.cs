using Microsoft.Extensions.Logging;
using Portal.Core.Tenants;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// Keeps this process's <see cref="IndexOwnership"/> lease on an index folder while it writes there:
/// taken or renewed before a write (at most every <see cref="IndexOwnership.RenewEvery"/>), renewed during a
/// long write such as a rebuild, and a refusal when another live process holds it.
/// </summary>
internal sealed class IndexLeaseKeeper(IndexOwnership ownership, ILogger<IndexLeaseKeeper> logger)
{
    /// <summary>Takes or renews the lease when due; throws <see cref="PolicyIndexBusyException"/> (after closing this process's writer) when another holds it.</summary>
    public async Task EnsureAsync(TenantShell shell, TenantPolicyIndex holder, CancellationToken cancellationToken)
    {
        if (holder.Index is not null && Environment.TickCount64 - holder.LeaseRenewedTicks <= IndexOwnership.RenewEvery.TotalMilliseconds)
        {
            return;
        }

        if (await ownership.TryHoldAsync(shell, holder.Path, cancellationToken) is { } other)
        {
            // Another process owns the folder (or took it over while we were paused): never write it from here.
            IndexFailure.CloseQuietly(holder.Index);
            holder.Index = null;
            holder.LeaseRenewedTicks = 0;
            throw new PolicyIndexBusyException($"站点 {shell.Name} 的检索索引正由另一个进程（{other}）维护。") { Holder = other };
        }

        holder.LeaseRenewedTicks = Environment.TickCount64;
    }

    /// <summary>Runs <paramref name="work"/> while renewing the lease every <see cref="IndexOwnership.RenewEvery"/> (a rebuild can outlast it).</summary>
    public async Task<T> WhileWritingAsync<T>(TenantShell shell, TenantPolicyIndex holder, Func<Task<T>> work)
    {
        using var writing = new CancellationTokenSource();
        var renewing = RenewAsync(shell, holder, writing.Token);
        try
        {
            return await work();
        }
        finally
        {
            await writing.CancelAsync();
            await renewing;
        }
    }

    public Task ReleaseAsync(TenantShell shell, TenantPolicyIndex holder) => ownership.ReleaseAsync(shell, holder.Path);

    private async Task RenewAsync(TenantShell shell, TenantPolicyIndex holder, CancellationToken writing)
    {
        try
        {
            while (true)
            {
                await Task.Delay(IndexOwnership.RenewEvery, writing);
                if (await ownership.TryHoldAsync(shell, holder.Path, writing) is { } other)
                {
                    logger.LogError("Policy index of {Tenant}: lease lost to {Holder} during a write", shell.Name, other);
                    return;
                }

                holder.LeaseRenewedTicks = Environment.TickCount64;
            }
        }
        catch (OperationCanceledException)
        {
            // The write finished.
        }
    }
}

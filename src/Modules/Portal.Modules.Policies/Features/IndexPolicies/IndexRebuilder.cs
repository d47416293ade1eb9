using Microsoft.Extensions.Logging;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// Rebuilds an index in the background, beside the live folder, and swaps it in when done: searches meanwhile
/// answer from the last good index (when it can still be read) or say 「正在重建索引」, and never wait the
/// 20 s a large site's rebuild takes. Only the lease holder rebuilds (the caller holds it), and only one
/// rebuild runs per folder (started under the gate).
/// </summary>
internal sealed class IndexRebuilder(IndexCatchUp catchUp, IndexLeaseKeeper leases, ILogger<IndexRebuilder> logger)
{
    /// <summary>
    /// Starts a rebuild unless one runs. <paramref name="lastGood"/> keeps answering searches until the swap; null
    /// when nothing readable is left. Call under the holder's gate.
    /// </summary>
    public Task Start(TenantShell shell, TenantPolicyIndex holder, PolicyIndex? lastGood, string reason)
    {
        if (holder.Rebuild is { IsCompleted: false } running)
        {
            return running;
        }

        logger.LogWarning("Policy index of {Tenant}: rebuilding in the background ({Reason})", shell.Name, reason);
        if (!ReferenceEquals(holder.LastGood, lastGood))
        {
            IndexFailure.CloseQuietly(holder.LastGood);
        }

        holder.LastGood = lastGood;
        if (!ReferenceEquals(holder.Index, lastGood))
        {
            IndexFailure.CloseQuietly(holder.Index);
        }

        holder.Index = null;
        holder.Rebuild = Task.Run(() => RunAsync(shell, holder));
        return holder.Rebuild;
    }

    private async Task RunAsync(TenantShell shell, TenantPolicyIndex holder)
    {
        var building = holder.Path + ".rebuild";
        try
        {
            DeleteFolder(building);
            var count = await leases.WhileWritingAsync(shell, holder, async () =>
            {
                using var fresh = PolicyIndex.Open(building);
                return await catchUp.RebuildAsync(shell, fresh, holder.Closing);
            });
            await SwapAsync(shell, holder, building);
            logger.LogInformation("Policy index of {Tenant}: rebuilt in the background with {Count} documents and swapped in", shell.Name, count);
        }
        catch (Exception exception) when (holder.Closing.IsCancellationRequested || IndexFailure.Is(exception) || exception is System.Data.Common.DbException or InvalidOperationException)
        {
            // The next catch-up (the background task, every few seconds) finds no open index and starts again.
            logger.LogError(exception, "Policy index of {Tenant}: background rebuild failed", shell.Name);
            TryDeleteFolder(building);
        }
    }

    /// <summary>Under the gate: the rebuilt folder replaces the live one, then the changes written during the build are applied.</summary>
    private async Task SwapAsync(TenantShell shell, TenantPolicyIndex holder, string building)
    {
        await holder.Gate.WaitAsync(holder.Closing);
        try
        {
            holder.Closing.ThrowIfCancellationRequested();
            IndexFailure.CloseQuietly(holder.LastGood);
            IndexFailure.CloseQuietly(holder.Index);
            holder.LastGood = null;
            holder.Index = null;
            DeleteFolder(holder.Path);
            Directory.Move(building, holder.Path);
            var index = PolicyIndex.Open(holder.Path);
            holder.Index = index;
            holder.LastFileCheckTicks = Environment.TickCount64;
            await catchUp.ApplyPendingAsync(shell, index, optimize: null, holder.Closing);
        }
        finally
        {
            holder.Gate.Release();
        }
    }

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static void TryDeleteFolder(string path)
    {
        try
        {
            DeleteFolder(path);
        }
        catch (IOException)
        {
            // Left for the next rebuild, which starts by deleting it.
        }
    }
}

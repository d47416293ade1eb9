using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>
/// A lease in the site's own database on each index folder. Lucene's lock file alone did not keep a second
/// process (the command line) out of a running host's index; the lease does, and tells the second process
/// that someone else owns the index so it can hand the work over (a task the owner performs) instead.
/// The owner renews it while it runs (every catch-up, at least every <see cref="RenewEvery"/>); a crashed
/// owner's lease runs out after <see cref="Duration"/>.
/// </summary>
internal sealed class IndexOwnership(TenantScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(10);

    /// <summary>This process, as a lease holder.</summary>
    public string Holder { get; } = Clip($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    public static string FolderKey(string indexPath) => $"{Environment.MachineName}:{Path.GetFullPath(indexPath)}";

    /// <summary>Takes or renews the lease; throws <see cref="PolicyIndexBusyException"/> when another live process holds it.</summary>
    public async Task HoldAsync(TenantShell shell, string indexPath, CancellationToken cancellationToken)
    {
        if (await TryHoldAsync(shell, indexPath, cancellationToken) is { } other)
        {
            throw new PolicyIndexBusyException($"检索索引正由另一个进程（{other}）维护。") { Holder = other };
        }
    }

    /// <summary>Null when this process now holds the lease; otherwise the live holder.</summary>
    public async Task<string?> TryHoldAsync(TenantShell shell, string indexPath, CancellationToken cancellationToken)
    {
        var key = FolderKey(indexPath);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<IndexLeaseDbContext>();
        try
        {
            // SQLite: BEGIN IMMEDIATE (the write lock); PostgreSQL: serializable, so two takers cannot both win.
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
            var lease = await db.Leases.FirstOrDefaultAsync(l => l.Folder == key, cancellationToken);
            if (lease is not null && lease.Holder != Holder && lease.ExpiresUtc > now)
            {
                return lease.Holder;
            }

            if (lease is null)
            {
                db.Leases.Add(lease = new IndexLease { Folder = key });
            }

            lease.Holder = Holder;
            lease.ExpiresUtc = now + Duration;
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException)
        {
            // Another process took or renewed it at the same moment (unique key, serialization failure, busy file).
            return "（同时有其他进程在取得租约）";
        }
    }

    /// <summary>The live holder other than this process, if any (for a verb deciding whether to hand work over).</summary>
    public async Task<string?> OtherHolderAsync(TenantShell shell, string indexPath, CancellationToken cancellationToken)
    {
        var key = FolderKey(indexPath);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.Create(shell);
        var lease = await scope.ServiceProvider.GetRequiredService<IndexLeaseDbContext>().Leases.AsNoTracking().FirstOrDefaultAsync(l => l.Folder == key, cancellationToken);
        return lease is not null && lease.Holder != Holder && lease.ExpiresUtc > now ? lease.Holder : null;
    }

    /// <summary>Lets go on close, so the next owner need not wait for the lease to run out. Best effort.</summary>
    public async Task ReleaseAsync(TenantShell shell, string indexPath)
    {
        try
        {
            var key = FolderKey(indexPath);
            await using var scope = scopes.Create(shell);
            await scope.ServiceProvider.GetRequiredService<IndexLeaseDbContext>().Leases
                .Where(l => l.Folder == key && l.Holder == Holder).ExecuteDeleteAsync();
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            // It runs out by itself after Duration.
        }
    }

    private static string Clip(string value) => value.Length <= 200 ? value : value[^200..];
}

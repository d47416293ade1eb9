using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Tenants;
using Portal.Modules.Users.Persistence;

namespace Portal.Modules.Users.Features.Roles;

/// <summary>
/// 三员分立 is a rule over the whole site (an account's roles × what those roles grant), so checking it and
/// writing the change must happen one at a time per site, or two changes that are each fine alone can both
/// pass and together give one account two duties. Serialised in the site's own database, so it holds across
/// host nodes and the command line: SQLite takes its write lock at BEGIN IMMEDIATE, PostgreSQL an advisory
/// transaction lock. A semaphore per site in front keeps one process's writers from queueing on the database.
/// </summary>
internal sealed class RoleWriteLock
{
    // One advisory lock key per tenant database for role and permission changes (distinct from the audit log's).
    private const string AdvisoryLockSql = "SELECT pg_advisory_xact_lock(7418235560922001)";

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="work"/> in one transaction that holds the site's role lock; commits when it returns.</summary>
    public async Task<T> RunAsync<T>(UsersDbContext db, Tenant tenant, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var gate = _gates.GetOrAdd(tenant.Name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            // Microsoft.Data.Sqlite begins a non-deferred transaction: BEGIN IMMEDIATE, the database's write lock.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (tenant.DatabaseProvider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync(AdvisoryLockSql, cancellationToken);
            }

            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }
}

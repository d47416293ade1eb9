using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.Core.Events;

/// <summary>
/// On PostgreSQL, a save that adds outbox rows first locks the outbox table for its transaction, so
/// sequence numbers become visible in increasing order: a dispatcher's cursor can then never step over
/// an event committed late with a lower number (the indexing-task rule of ADR 0011). SQLite serialises
/// writers anyway. A save without a transaction of its own gets one here, committed after the save.
/// </summary>
internal sealed class OutboxOrderInterceptor : SaveChangesInterceptor
{
    public static readonly OutboxOrderInterceptor Instance = new();

    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _owned = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && db.Database.IsNpgsql() && db.ChangeTracker.Entries<EventRecord>().Any(e => e.State == EntityState.Added))
        {
            if (db.Database.CurrentTransaction is null)
            {
                _owned.AddOrUpdate(db, await db.Database.BeginTransactionAsync(cancellationToken));
            }

            await db.Database.ExecuteSqlRawAsync("LOCK TABLE portal_events IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db && db.Database.IsNpgsql() && db.ChangeTracker.Entries<EventRecord>().Any(e => e.State == EntityState.Added))
        {
            throw new InvalidOperationException("Publish events with SaveChangesAsync.");
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _owned.TryGetValue(db, out var transaction))
        {
            _owned.Remove(db);
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _owned.TryGetValue(db, out var transaction))
        {
            _owned.Remove(db);
            await transaction.DisposeAsync(); // rolls back
        }
    }
}

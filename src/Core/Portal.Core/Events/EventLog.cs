using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Events;

/// <summary>
/// Reads a site's outbox as a log, for subscribers that must see every event on every node and so cannot be
/// dispatcher handlers (delivered once across the cluster): a search index per node keeps its own cursor
/// (a sequence) beside its data and reads on from it. Sequences only grow; the newest event is never pruned,
/// and a reader whose cursor is older than the oldest kept event has missed some (it starts again from its
/// source of truth).
/// </summary>
public sealed class EventLog
{
    private readonly EventsDbContext _db;

    internal EventLog(EventsDbContext db) => _db = db;

    /// <summary>The stored name of an event type, as in <see cref="LoggedEvent.Type"/>.</summary>
    public static string NameOf<T>()
        where T : IPortalEvent
        => EventTypeAttribute.NameOf(typeof(T));

    /// <summary>The newest sequence (0 when nothing was ever published).</summary>
    public async Task<long> LatestAsync(CancellationToken cancellationToken = default)
        => await _db.Events.MaxAsync(e => (long?)e.Sequence, cancellationToken) ?? 0;

    /// <summary>The oldest sequence still kept (null when the log is empty).</summary>
    public Task<long?> OldestAsync(CancellationToken cancellationToken = default)
        => _db.Events.MinAsync(e => (long?)e.Sequence, cancellationToken);

    /// <summary>Events of the given types after <paramref name="after"/> up to <paramref name="upTo"/>, in order, at most <paramref name="take"/>.</summary>
    public async Task<IReadOnlyList<LoggedEvent>> ReadAsync(IReadOnlyCollection<string> types, long after, long upTo, int take, CancellationToken cancellationToken = default)
        => await _db.Events.AsNoTracking()
            .Where(e => types.Contains(e.Type) && e.Sequence > after && e.Sequence <= upTo)
            .OrderBy(e => e.Sequence)
            .Take(take)
            .Select(e => new LoggedEvent(e.Sequence, e.EventId, e.Type, e.Payload))
            .ToListAsync(cancellationToken);
}

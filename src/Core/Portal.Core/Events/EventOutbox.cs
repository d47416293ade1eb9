using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Events;

/// <summary>
/// How a module publishes: its writer calls <see cref="Publish"/> on its own DbContext before
/// SaveChanges, so the event is committed with the data or not at all. The module's DbContext maps the
/// outbox once (<see cref="MapEventOutbox"/> in OnModelCreating); the table itself belongs to the shell.
/// </summary>
public static class EventOutbox
{
    /// <summary>Adds the event to the context's pending changes; nothing is written before SaveChanges.</summary>
    public static Guid Publish(this DbContext db, IPortalEvent @event, DateTime occurredUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@event);
        var type = @event.GetType();
        var record = new EventRecord
        {
            EventId = Guid.NewGuid(),
            Type = EventTypeAttribute.NameOf(type),
            Payload = JsonSerializer.Serialize(@event, type, PortalJson.Options),
            OccurredUtc = occurredUtc,
            ToParent = @event is IParentSiteEvent,
        };
        db.Set<EventRecord>().Add(record);
        return record.EventId;
    }

    /// <summary>Lets a module's DbContext write to the site's outbox; its create script leaves the table to the shell.</summary>
    public static ModelBuilder MapEventOutbox(this ModelBuilder modelBuilder) => Configure(modelBuilder, excludeFromMigrations: true);

    internal static ModelBuilder Configure(ModelBuilder modelBuilder, bool excludeFromMigrations)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<EventRecord>(record =>
        {
            record.ToTable("portal_events", table => table.ExcludeFromMigrations(excludeFromMigrations));
            record.HasKey(e => e.Sequence);
            record.Property(e => e.Sequence).ValueGeneratedOnAdd();
            record.HasIndex(e => e.EventId).IsUnique();
            record.HasIndex(e => new { e.Type, e.Sequence });
            record.Property(e => e.Type).HasMaxLength(200);
        });
        return modelBuilder;
    }
}

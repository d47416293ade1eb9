using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Events;

/// <summary>The shell's tables in every site database: the outbox and the dispatcher's bookkeeping.</summary>
internal sealed class EventsDbContext(DbContextOptions<EventsDbContext> options) : DbContext(options)
{
    public DbSet<EventRecord> Events => Set<EventRecord>();

    public DbSet<EventCursor> Cursors => Set<EventCursor>();

    public DbSet<HandledEvent> Handled => Set<HandledEvent>();

    public DbSet<EventFailure> Failures => Set<EventFailure>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        EventOutbox.Configure(modelBuilder, excludeFromMigrations: false);
        modelBuilder.Entity<EventCursor>(cursor =>
        {
            cursor.ToTable("portal_event_cursors");
            cursor.HasKey(c => c.Handler);
            cursor.Property(c => c.Handler).HasMaxLength(200);
        });
        modelBuilder.Entity<HandledEvent>(handled =>
        {
            handled.ToTable("portal_event_handled");
            handled.HasKey(h => new { h.Handler, h.EventId });
            handled.Property(h => h.Handler).HasMaxLength(200);
        });
        modelBuilder.Entity<EventFailure>(failure =>
        {
            failure.ToTable("portal_event_failures");
            failure.HasKey(f => new { f.Handler, f.Sequence });
            failure.Property(f => f.Handler).HasMaxLength(200);
            failure.Property(f => f.LastError).HasMaxLength(2000);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Core.Events;
using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Persistence;

/// <summary>The site's archive records (schema archives.records).</summary>
internal sealed class RecordsDbContext(DbContextOptions<RecordsDbContext> options) : DbContext(options)
{
    public DbSet<ArchiveRecord> Records => Set<ArchiveRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddProtectedData();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ArchiveRecord>(entity =>
        {
            entity.ToTable("archives_records");
            entity.Property(r => r.FormKey).HasMaxLength(40);
            entity.Property(r => r.Name).HasMaxLength(100);
            entity.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            entity.Property(r => r.IdNumberHash).HasMaxLength(64);
            entity.Property(r => r.UpdatedBy).HasMaxLength(60);
            entity.Property(r => r.Version).IsConcurrencyToken();
            entity.HasIndex(r => new { r.UnitId, r.FormKey, r.Status });
            entity.HasIndex(r => r.Name);
            entity.HasIndex(r => r.IdNumberHash);
        });
        modelBuilder.MapEventOutbox();
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Core.Events;
using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Persistence;

internal sealed class ArchivesDbContext(DbContextOptions<ArchivesDbContext> options) : DbContext(options)
{
    public DbSet<Unit> Units => Set<Unit>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddProtectedData();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Unit>(entity =>
        {
            entity.ToTable("archives_units");
            entity.Property(u => u.Name).HasMaxLength(100);
            entity.Property(u => u.Code).HasMaxLength(30);
            entity.Property(u => u.Type).HasConversion<string>().HasMaxLength(30);
            entity.Property(u => u.UpdatedBy).HasMaxLength(60);
            entity.Property(u => u.Version).IsConcurrencyToken();
            entity.HasIndex(u => u.Name).IsUnique();
            entity.HasIndex(u => u.Code).IsUnique();
            entity.HasIndex(u => u.ParentId);
            entity.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.MapEventOutbox();
    }
}

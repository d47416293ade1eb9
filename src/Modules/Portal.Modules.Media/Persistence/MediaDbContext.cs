using Microsoft.EntityFrameworkCore;
using Portal.Modules.Media.Domain;

namespace Portal.Modules.Media.Persistence;

internal sealed class MediaDbContext(DbContextOptions<MediaDbContext> options) : DbContext(options)
{
    public DbSet<MediaItem> Items => Set<MediaItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<MediaItem>(entity =>
        {
            entity.ToTable("media_items");
            entity.Property(i => i.FileName).HasMaxLength(200);
            entity.Property(i => i.StoredName).HasMaxLength(100);
            entity.Property(i => i.ContentType).HasMaxLength(100);
            entity.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            entity.Property(i => i.AltText).HasMaxLength(300);
            entity.Property(i => i.Sha256).HasMaxLength(64);
            entity.Property(i => i.UploadedBy).HasMaxLength(60);
            entity.Property(i => i.Version).IsConcurrencyToken();
            entity.HasIndex(i => i.Sha256).IsUnique();
            entity.HasIndex(i => i.UploadedUtc);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Events;
using Portal.Modules.Content.Domain;

namespace Portal.Modules.Content.Persistence;

internal sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options)
{
    public DbSet<Column> Columns => Set<Column>();

    public DbSet<ColumnSource> ColumnSources => Set<ColumnSource>();

    public DbSet<ContentItem> Items => Set<ContentItem>();

    public DbSet<ContentRevision> Revisions => Set<ContentRevision>();

    public DbSet<HiddenSharedItem> HiddenShared => Set<HiddenSharedItem>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Column>(entity =>
        {
            entity.ToTable("content_columns");
            entity.Property(c => c.Slug).HasMaxLength(40);
            entity.Property(c => c.Name).HasMaxLength(20);
            entity.Property(c => c.Version).IsConcurrencyToken();
            entity.HasIndex(c => c.Slug).IsUnique();
            entity.HasMany(c => c.Sources).WithOne().HasForeignKey(s => s.ColumnId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ColumnSource>(entity =>
        {
            entity.ToTable("content_column_sources");
            entity.Property(s => s.Site).HasMaxLength(64);
            entity.Property(s => s.ColumnSlug).HasMaxLength(40);
            entity.HasIndex(s => new { s.ColumnId, s.Site, s.ColumnSlug }).IsUnique();
        });
        modelBuilder.Entity<ContentItem>(entity =>
        {
            entity.ToTable("content_items");
            entity.Property(i => i.Title).HasMaxLength(200);
            entity.Property(i => i.ExternalId).HasMaxLength(100);
            entity.Property(i => i.ReviewComment).HasMaxLength(1000);
            entity.Property(i => i.SubmittedBy).HasMaxLength(60);
            entity.Property(i => i.UpdatedBy).HasMaxLength(60);
            entity.Property(i => i.Version).IsConcurrencyToken();
            entity.HasOne(i => i.Column).WithMany().HasForeignKey(i => i.ColumnId).OnDelete(DeleteBehavior.Restrict);
            entity.HasMany(i => i.Revisions).WithOne().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
            entity.HasIndex(i => i.ExternalId).IsUnique();
            entity.HasIndex(i => new { i.ColumnId, i.PublishedAt });
            entity.HasIndex(i => i.PublishAtUtc);
            entity.HasIndex(i => i.UnpublishAtUtc);
            entity.Ignore(i => i.IsPublished);
            entity.Ignore(i => i.HasDraft);
        });
        modelBuilder.Entity<ContentRevision>(entity =>
        {
            entity.ToTable("content_revisions");
            entity.Property(r => r.Title).HasMaxLength(200);
            entity.Property(r => r.Subtitle).HasMaxLength(200);
            entity.Property(r => r.Author).HasMaxLength(60);
            entity.Property(r => r.Source).HasMaxLength(100);
            entity.Property(r => r.Summary).HasMaxLength(500);
            entity.Property(r => r.Tags).HasMaxLength(200);
            entity.Property(r => r.AttachmentIds).HasMaxLength(400);
            entity.Property(r => r.CreatedBy).HasMaxLength(60);
            entity.Property(r => r.Note).HasMaxLength(100);
            entity.HasIndex(r => new { r.ItemId, r.Number }).IsUnique();
        });
        modelBuilder.Entity<HiddenSharedItem>(entity =>
        {
            entity.ToTable("content_hidden_shared");
            entity.Property(h => h.Site).HasMaxLength(64);
            entity.Property(h => h.HiddenBy).HasMaxLength(60);
            entity.HasIndex(h => new { h.Site, h.ItemId }).IsUnique();
        });
        modelBuilder.MapEventOutbox();
    }
}

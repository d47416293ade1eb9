using Microsoft.EntityFrameworkCore;
using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Persistence;

/// <summary>The site's archive forms and their revisions (schema archives.forms, added after the units tree).</summary>
internal sealed class FormsDbContext(DbContextOptions<FormsDbContext> options) : DbContext(options)
{
    public DbSet<ArchiveForm> Forms => Set<ArchiveForm>();

    public DbSet<ArchiveFormRevision> Revisions => Set<ArchiveFormRevision>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ArchiveForm>(entity =>
        {
            entity.ToTable("archives_forms");
            entity.Property(f => f.Key).HasMaxLength(40);
            entity.Property(f => f.Title).HasMaxLength(100);
            entity.Property(f => f.UpdatedBy).HasMaxLength(60);
            entity.Property(f => f.Version).IsConcurrencyToken();
            entity.HasIndex(f => f.Key).IsUnique();
        });
        modelBuilder.Entity<ArchiveFormRevision>(entity =>
        {
            entity.ToTable("archives_form_revisions");
            entity.Property(r => r.CreatedBy).HasMaxLength(60);
            entity.HasIndex(r => new { r.FormId, r.Revision }).IsUnique();
            entity.HasOne<ArchiveForm>().WithMany().HasForeignKey(r => r.FormId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Events;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Persistence;

internal sealed class PoliciesDbContext(DbContextOptions<PoliciesDbContext> options) : DbContext(options)
{
    public DbSet<PolicyDocument> Documents => Set<PolicyDocument>();

    public DbSet<PolicyAttachment> Attachments => Set<PolicyAttachment>();

    public DbSet<SynonymGroup> Synonyms => Set<SynonymGroup>();

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PolicyDocument>(entity =>
        {
            entity.ToTable("policies_documents");
            entity.Property(d => d.ExternalId).HasMaxLength(100);
            entity.Property(d => d.Title).HasMaxLength(500);
            entity.Property(d => d.DocNumber).HasMaxLength(100);
            entity.Property(d => d.Issuer).HasMaxLength(200);
            entity.Property(d => d.Category).HasMaxLength(100);
            entity.Property(d => d.Keywords).HasMaxLength(500);
            entity.Property(d => d.Genre).HasMaxLength(50);
            entity.Property(d => d.IndexNumber).HasMaxLength(100);
            entity.Property(d => d.Level).HasMaxLength(20);
            entity.Property(d => d.UpdatedBy).HasMaxLength(60);
            entity.Property(d => d.Version).IsConcurrencyToken();
            entity.Ignore(d => d.SearchDate);
            entity.Ignore(d => d.KeywordList);
            entity.HasIndex(d => d.ExternalId).IsUnique();
            entity.HasIndex(d => d.DocNumber);
            entity.HasMany(d => d.Attachments).WithOne().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PolicyAttachment>(entity =>
        {
            entity.ToTable("policies_attachments");
            entity.Property(a => a.FileName).HasMaxLength(200);
            entity.Property(a => a.StoredName).HasMaxLength(100);
            entity.Property(a => a.ContentType).HasMaxLength(100);
        });
        modelBuilder.Entity<SynonymGroup>(entity =>
        {
            entity.ToTable("policies_synonyms");
            entity.Property(s => s.Terms).HasMaxLength(500);
            entity.Ignore(s => s.TermList);
        });
        modelBuilder.MapEventOutbox();
    }
}

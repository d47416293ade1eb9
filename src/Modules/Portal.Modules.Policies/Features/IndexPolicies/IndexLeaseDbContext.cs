using Microsoft.EntityFrameworkCore;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>Its own context and schema, so sites created before leases get the table without touching the documents' schema.</summary>
internal sealed class IndexLeaseDbContext(DbContextOptions<IndexLeaseDbContext> options) : DbContext(options)
{
    public DbSet<IndexLease> Leases => Set<IndexLease>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.Entity<IndexLease>(entity =>
        {
            entity.ToTable("policy_index_leases");
            entity.HasKey(l => l.Folder);
            entity.Property(l => l.Folder).HasMaxLength(600);
            entity.Property(l => l.Holder).HasMaxLength(200);
        });
}

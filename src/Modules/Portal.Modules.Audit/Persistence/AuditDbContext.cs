using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit.Domain;

namespace Portal.Modules.Audit.Persistence;

internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : DbContext(options)
{
    public const string Table = "portal_audit";

    public DbSet<AuditRecord> Records => Set<AuditRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditRecord>(entity =>
        {
            entity.ToTable(Table);
            entity.HasKey(r => r.Sequence);
            entity.Property(r => r.Sequence).ValueGeneratedNever();
            entity.Property(r => r.Account).HasMaxLength(100);
            entity.Property(r => r.Ip).HasMaxLength(64);
            entity.Property(r => r.Action).HasMaxLength(60);
            entity.Property(r => r.Target).HasMaxLength(400);
            entity.Property(r => r.Outcome).HasMaxLength(20);
            entity.Property(r => r.Detail).HasMaxLength(2000);
            entity.Property(r => r.PreviousHash).HasMaxLength(64);
            entity.Property(r => r.Hash).HasMaxLength(64);
            entity.HasIndex(r => r.TimeUtc);
            entity.HasIndex(r => r.Account);
            entity.HasIndex(r => r.Action);
        });
    }
}

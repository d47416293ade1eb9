using Microsoft.EntityFrameworkCore;
using Portal.Modules.Yizheng.Healthcare.Domain;

namespace Portal.Modules.Yizheng.Healthcare.Persistence;

public sealed class HealthcareDbContext(DbContextOptions<HealthcareDbContext> options) : DbContext(options)
{
    public DbSet<HealthcareAssignment> Assignments => Set<HealthcareAssignment>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HealthcareAssignment>(entity =>
        {
            entity.ToTable("yizheng_healthcare_assignments");
            entity.Property(a => a.RetireeName).HasMaxLength(40);
            entity.Property(a => a.Unit).HasMaxLength(100);
            entity.Property(a => a.DoctorName).HasMaxLength(40);
            entity.Property(a => a.DoctorPhone).HasMaxLength(30);
            entity.Property(a => a.HealthNote).HasMaxLength(2000);
            entity.Property(a => a.Hospital).HasMaxLength(100);
            entity.Property(a => a.GreenChannelContact).HasMaxLength(40);
            entity.Property(a => a.GreenChannelPhone).HasMaxLength(30);
            entity.Property(a => a.UpdatedBy).HasMaxLength(60);
            entity.Property(a => a.Version).IsConcurrencyToken();
            entity.HasIndex(a => new { a.RetireeName, a.Unit }).IsUnique();
        });
    }
}

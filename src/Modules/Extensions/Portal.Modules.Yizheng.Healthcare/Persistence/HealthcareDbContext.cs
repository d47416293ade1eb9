using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Modules.Yizheng.Healthcare.Domain;

namespace Portal.Modules.Yizheng.Healthcare.Persistence;

internal sealed class HealthcareDbContext(DbContextOptions<HealthcareDbContext> options) : DbContext(options)
{
    public DbSet<HealthcareAssignment> Assignments => Set<HealthcareAssignment>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddProtectedData();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Columns added in version 2 are also written by hand in HealthcareSchema's upgrade; keep the two in step.
        modelBuilder.Entity<HealthcareAssignment>(entity =>
        {
            entity.ToTable("yizheng_healthcare_assignments");
            entity.Property(a => a.RetireeName).HasMaxLength(40);
            entity.Property(a => a.Unit).HasMaxLength(100);
            entity.Property(a => a.DoctorName).HasMaxLength(40);
            entity.Property(a => a.DoctorPhone).HasMaxLength(30);
            entity.Property(a => a.HealthNote).HasColumnName("HealthNoteSealed");
            entity.Property(a => a.UnsealedHealthNote).HasColumnName("HealthNote").HasMaxLength(2000);
            entity.Property(a => a.IdNumberHash).HasMaxLength(64);
            entity.Property(a => a.PhoneHash).HasMaxLength(64);
            entity.Property(a => a.Hospital).HasMaxLength(100);
            entity.Property(a => a.GreenChannelContact).HasMaxLength(40);
            entity.Property(a => a.GreenChannelPhone).HasMaxLength(30);
            entity.Property(a => a.UpdatedBy).HasMaxLength(60);
            entity.Property(a => a.Version).IsConcurrencyToken();
            entity.HasIndex(a => new { a.RetireeName, a.Unit }).IsUnique();
            entity.HasIndex(a => a.IdNumberHash).IsUnique();
            entity.HasIndex(a => a.PhoneHash);
        });
    }
}

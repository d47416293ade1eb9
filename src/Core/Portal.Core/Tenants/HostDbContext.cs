using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Tenants;

/// <summary>The host database: the tenant registry and its change feed.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<HostChange> Changes => Set<HostChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tenant>(tenant =>
        {
            tenant.ToTable("tenants");
            tenant.HasKey(t => t.Name);
            tenant.Property(t => t.Name).HasMaxLength(40);
            tenant.Property(t => t.DisplayName).HasMaxLength(100);
            tenant.Property(t => t.Prefix).HasMaxLength(40);
            tenant.HasIndex(t => t.Prefix).IsUnique();
            tenant.HasIndex(t => t.ParentName);
            tenant.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
            tenant.Property(t => t.DatabaseProvider).HasConversion<string>().HasMaxLength(20);
            tenant.Property(t => t.Version).IsConcurrencyToken();
            tenant.OwnsOne(t => t.Branding);
        });
        modelBuilder.Entity<HostChange>(change =>
        {
            change.ToTable("host_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).ValueGeneratedOnAdd();
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;

namespace Portal.Core.Tenants;

/// <summary>The host database: the tenant registry, its change feed, and the keys every node shares.</summary>
public sealed class HostDbContext(DbContextOptions<HostDbContext> options) : DbContext(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<HostChange> Changes => Set<HostChange>();

    public DbSet<TenantKey> TenantKeys => Set<TenantKey>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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
            tenant.Property(t => t.DatabaseServer).HasMaxLength(40);
            tenant.Ignore(t => t.Database);
            tenant.Property(t => t.Version).IsConcurrencyToken();
            tenant.OwnsOne(t => t.Branding);
        });
        modelBuilder.Entity<HostChange>(change =>
        {
            change.ToTable("host_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.Id).ValueGeneratedOnAdd();
        });
        // Written by hand for older databases in HostSchema's upgrade; keep the two in step.
        modelBuilder.Entity<TenantKey>(key =>
        {
            key.ToTable("tenant_keys");
            key.HasKey(k => new { k.TenantName, k.KeyId });
            key.Property(k => k.TenantName).HasMaxLength(40);
        });
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("data_protection_keys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Id).ValueGeneratedOnAdd();
        });
    }
}

using Microsoft.EntityFrameworkCore;

namespace Portal.Modules.Users.Features.Settings;

/// <summary>Its own context (and schema), so sites created before it get the table without touching Identity's.</summary>
internal sealed class SecurityDbContext(DbContextOptions<SecurityDbContext> options) : DbContext(options)
{
    public DbSet<SecuritySettings> Settings => Set<SecuritySettings>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SecuritySettings>(entity =>
        {
            entity.ToTable("portal_security_settings");
            entity.Property(s => s.Id).ValueGeneratedNever();
            entity.Property(s => s.Version).IsConcurrencyToken();
        });
    }
}

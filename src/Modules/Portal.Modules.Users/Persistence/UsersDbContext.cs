using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Persistence;

internal sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : IdentityDbContext<PortalUser, IdentityRole, string>(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => configurationBuilder.AddProtectedData();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<PortalUser>().Property(u => u.DisplayName).HasMaxLength(60);
        // Also added by hand in UsersSchema's upgrade to version 2; keep the two in step.
        builder.Entity<PortalUser>().Property(u => u.PhoneNumberHash).HasMaxLength(64);
        builder.Entity<PortalUser>().HasIndex(u => u.PhoneNumberHash);
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenants;

namespace Portal.Modules.Users.Features.Settings;

/// <summary>Reads and saves the current site's security settings (defaults until someone saves).</summary>
internal sealed class SecuritySettingsStore(SecurityDbContext db, TenantContext tenant, SecuritySettingsCache cache)
{

    public async Task<SecuritySettings> GetAsync(CancellationToken cancellationToken = default)
    {
        if (cache.TryGet(tenant.Tenant.Name, out var cached))
        {
            return cached;
        }

        var settings = await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new SecuritySettings();
        cache.Set(tenant.Tenant.Name, settings);
        return settings;
    }

    /// <summary>Saves when nobody changed them since <paramref name="version"/>; false otherwise.</summary>
    public async Task<bool> SaveAsync(int idleMinutes, bool requireTwoFactor, int version, CancellationToken cancellationToken = default)
    {
        var row = await db.Settings.FirstOrDefaultAsync(cancellationToken);
        if ((row?.Version ?? 0) != version)
        {
            return false;
        }

        if (row is null)
        {
            row = new SecuritySettings();
            db.Settings.Add(row);
        }

        row.IdleTimeoutMinutes = idleMinutes;
        row.RequireTwoFactorForStaff = requireTwoFactor;
        row.Version++;
        await db.SaveChangesAsync(cancellationToken);
        cache.Set(tenant.Tenant.Name, row);
        return true;
    }
}

using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Core.Tenants;

namespace Portal.Core.Backup;

/// <summary>
/// A site's data keys travel with its backup, still sealed by the master key: a restored site opens its
/// protected values only on a platform holding the same master key (ADR 0016), and the backup folder
/// alone reveals nothing.
/// </summary>
public sealed class SealedKeys(IDbContextFactory<HostDbContext> contexts)
{
    public async Task<List<TenantKey>> ReadAsync(string tenant, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.TenantKeys.AsNoTracking().Where(k => k.TenantName == tenant).OrderBy(k => k.KeyId).ToListAsync(cancellationToken);
    }

    /// <summary>The backup's keys replace those with the same id (the restored data was sealed with them); newer keys stay.</summary>
    public async Task RestoreAsync(string tenant, IReadOnlyList<TenantKey> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.TenantKeys.Where(k => k.TenantName == tenant).ToListAsync(cancellationToken);
        foreach (var key in keys.Where(k => k.TenantName == tenant))
        {
            if (existing.FirstOrDefault(e => e.KeyId == key.KeyId) is { } current)
            {
                current.SealedKey = key.SealedKey;
                current.CreatedUtc = key.CreatedUtc;
            }
            else
            {
                db.TenantKeys.Add(new TenantKey { TenantName = tenant, KeyId = key.KeyId, SealedKey = key.SealedKey, CreatedUtc = key.CreatedUtc });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

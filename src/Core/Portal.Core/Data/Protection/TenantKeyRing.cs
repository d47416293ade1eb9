using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenants;

namespace Portal.Core.Data.Protection;

/// <summary>
/// The tenants' data keys, kept in the host database sealed by the master key (every node reads the
/// same keys) and held opened in memory once used. A tenant's first key is made on first use.
/// </summary>
public sealed class TenantKeyRing(IDbContextFactory<HostDbContext> contexts, MasterKey masterKey, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, TenantKeys> _opened = new(StringComparer.Ordinal);

    internal async ValueTask<TenantKeys> GetAsync(string tenant, CancellationToken cancellationToken = default)
        => _opened.TryGetValue(tenant, out var keys) ? keys : await LoadAsync(tenant, cancellationToken);

    /// <summary>The keys, re-read when a value names a key this node has not seen (rotated on another node).</summary>
    internal async ValueTask<TenantKeys> GetForAsync(string tenant, ProtectedText value, CancellationToken cancellationToken = default)
    {
        var keys = await GetAsync(tenant, cancellationToken);
        return keys.Has(TenantKeys.KeyIdOf(value)) ? keys : await LoadAsync(tenant, cancellationToken);
    }

    /// <summary>Adds a new key that seals new values from now on; values sealed before keep opening with their key.</summary>
    public async Task<int> RotateAsync(string tenant, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var next = (await db.TenantKeys.Where(k => k.TenantName == tenant).MaxAsync(k => (int?)k.KeyId, cancellationToken) ?? 0) + 1;
        db.TenantKeys.Add(NewKey(tenant, next));
        await db.SaveChangesAsync(cancellationToken);
        _opened.TryRemove(tenant, out _);
        return next;
    }

    private async Task<TenantKeys> LoadAsync(string tenant, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = await db.TenantKeys.AsNoTracking().Where(k => k.TenantName == tenant).ToListAsync(cancellationToken);
            if (rows.Count > 0)
            {
                var keys = new TenantKeys(tenant, rows.ToDictionary(r => r.KeyId, r => masterKey.Open(r.SealedKey, Context(tenant, r.KeyId))));
                _opened[tenant] = keys;
                return keys;
            }

            db.TenantKeys.Add(NewKey(tenant, 1));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another node or process made the first key at the same moment: read theirs.
            }
        }
    }

    private TenantKey NewKey(string tenant, int keyId) => new()
    {
        TenantName = tenant,
        KeyId = keyId,
        SealedKey = masterKey.Seal(RandomNumberGenerator.GetBytes(32), Context(tenant, keyId)),
        CreatedUtc = clock.GetUtcNow().UtcDateTime,
    };

    private static string Context(string tenant, int keyId) => $"tenant-key\n{tenant}\n{keyId}";
}

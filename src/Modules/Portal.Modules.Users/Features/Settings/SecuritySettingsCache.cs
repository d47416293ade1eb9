using System.Collections.Concurrent;

namespace Portal.Modules.Users.Features.Settings;

/// <summary>
/// Settings are read on every signed-in request (idle timeout), so they are kept for 30 s per site.
/// A change on this node is seen at once; on another node within 30 s.
/// </summary>
internal sealed class SecuritySettingsCache(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (SecuritySettings Settings, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public bool TryGet(string tenant, out SecuritySettings settings)
    {
        if (_entries.TryGetValue(tenant, out var entry) && entry.Until > clock.GetUtcNow())
        {
            settings = entry.Settings;
            return true;
        }

        settings = null!;
        return false;
    }

    public void Set(string tenant, SecuritySettings settings) => _entries[tenant] = (settings, clock.GetUtcNow() + Lifetime);
}

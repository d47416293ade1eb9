using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Web;
using Portal.Modules.Yizheng.Healthcare.Persistence;

namespace Portal.Modules.Yizheng.Healthcare.Features.Desk;

/// <summary>
/// The public desk's green channels per site, so the desk does not read every record on every view. Dropped when
/// a record is saved (the writer signals it, see <see cref="ITenantContentCache"/>); a change written by another
/// process (the command line) shows after at most <see cref="PublicPageStore.Lifetime"/>, as cached pages do.
/// One short list per site: the memory is bounded by the number of sites and hospitals.
/// </summary>
internal sealed class GreenChannelCache : ITenantContentCache
{
    private readonly ConcurrentDictionary<string, Holder> _sites = new(StringComparer.Ordinal);

    /// <summary>The site's channels; <paramref name="services"/> (the request's) gives the database only when they must be read.</summary>
    public async Task<IReadOnlyList<GreenChannel>> GetAsync(string tenantName, IServiceProvider services, CancellationToken cancellationToken)
    {
        var holder = _sites.GetOrAdd(tenantName, _ => new Holder());
        if (holder.Kept is { } kept && kept.ExpiresTicks > Environment.TickCount64)
        {
            return kept.Channels;
        }

        // Taken before the read: a list read across a save goes into a holder the save already dropped.
        var channels = await ReadAsync(services.GetRequiredService<HealthcareDbContext>(), cancellationToken);
        holder.Kept = new Entry(channels, Environment.TickCount64 + (long)PublicPageStore.Lifetime.TotalMilliseconds);
        return channels;
    }

    public void Forget(string tenantName) => _sites.TryRemove(tenantName, out _);

    private static async Task<IReadOnlyList<GreenChannel>> ReadAsync(HealthcareDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.Hospital != "")
            .Select(a => new { a.Hospital, a.GreenChannelContact, a.GreenChannelPhone })
            .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => r.Hospital)
            .Select(g => new GreenChannel(g.Key, g.First().GreenChannelContact, g.First().GreenChannelPhone))
            .OrderBy(c => c.Hospital, StringComparer.Ordinal)];
    }

    private sealed record Entry(IReadOnlyList<GreenChannel> Channels, long ExpiresTicks);

    private sealed class Holder
    {
        private Entry? _kept;

        public Entry? Kept
        {
            get => Volatile.Read(ref _kept);
            set => Volatile.Write(ref _kept, value);
        }
    }
}

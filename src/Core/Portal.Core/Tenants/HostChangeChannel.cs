using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Tenants;

/// <summary>
/// PostgreSQL LISTEN/NOTIFY beside the host_changes feed (ADR 0017): after a change is committed, the
/// writer wakes every listening node, which then reads the feed as it would on a poll. The feed stays
/// the truth; a lost notification only delays a node until its next poll.
/// </summary>
public static class HostChangeChannel
{
    public const string Name = "portal_host_changes";

    public static async Task NotifyAsync(HostDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_notify('" + Name + "', '')", cancellationToken);
        }
    }
}

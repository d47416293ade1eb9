using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.SearchReport;

/// <summary>Reads the weekly counts: the report's tables and the zero-result page's "often searched" list.</summary>
internal sealed class SearchReportReader(TenantScopeFactory scopes)
{
    private const int PopularCacheMilliseconds = 300_000;

    /// <summary>The editors' text on how to ask the bureau, or null when they have not written one.</summary>
    public async Task<string?> AskTextAsync(TenantShell shell, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<SearchLogDbContext>();
        var text = await db.Help.AsNoTracking().OrderBy(h => h.Id).Select(h => h.AskText).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public static async Task<IReadOnlyList<DateOnly>> WeeksAsync(SearchLogDbContext db, CancellationToken cancellationToken) =>
        await db.Terms.AsNoTracking().Select(t => t.Week).Distinct().OrderByDescending(w => w).Take(52).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<SearchTermWeek>> MostSearchedAsync(SearchLogDbContext db, DateOnly week, int count, CancellationToken cancellationToken) =>
        await db.Terms.AsNoTracking().Where(t => t.Week == week)
            .OrderByDescending(t => t.Searches).ThenBy(t => t.Query).Take(count).ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<SearchTermWeek>> ZeroResultAsync(SearchLogDbContext db, DateOnly week, int count, CancellationToken cancellationToken) =>
        await db.Terms.AsNoTracking().Where(t => t.Week == week && t.ZeroResults > 0)
            .OrderByDescending(t => t.ZeroResults).ThenBy(t => t.Query).Take(count).ToListAsync(cancellationToken);

    /// <summary>The site's most searched queries that found something, over the last four weeks; cached for five minutes.</summary>
    public async Task<IReadOnlyList<string>> PopularAsync(TenantShell shell, int count, CancellationToken cancellationToken = default)
    {
        var holder = shell.GetOrAddResource(_ => new PopularTerms());
        if (holder.ValidUntilTicks > Environment.TickCount64)
        {
            return holder.Terms;
        }

        await using var scope = scopes.Create(shell);
        var db = scope.ServiceProvider.GetRequiredService<SearchLogDbContext>();
        var since = SearchTermRecorder.WeekOf(DateTimeOffset.UtcNow).AddDays(-21);
        var rows = await db.Terms.AsNoTracking().Where(t => t.Week >= since && t.Searches > t.ZeroResults)
            .GroupBy(t => t.Query)
            .Select(g => new { Query = g.Key, Searches = g.Sum(t => t.Searches - t.ZeroResults) })
            .OrderByDescending(g => g.Searches).ThenBy(g => g.Query).Take(count)
            .ToListAsync(cancellationToken);
        holder.Terms = [.. rows.Select(r => r.Query)];
        holder.ValidUntilTicks = Environment.TickCount64 + PopularCacheMilliseconds;
        return holder.Terms;
    }
}

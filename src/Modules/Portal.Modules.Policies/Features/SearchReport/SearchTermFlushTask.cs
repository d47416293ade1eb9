using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Features.SearchReport;

/// <summary>Adds the buffered search counts of a site to its weekly rows.</summary>
internal sealed class SearchTermFlushTask : ITenantBackgroundTask
{
    public string FeatureId => Manifest.Id;

    public TimeSpan Interval => TimeSpan.FromSeconds(30);

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var shell = services.GetRequiredService<TenantContext>().RequiredShell;
        return FlushAsync(shell, services.GetRequiredService<SearchLogDbContext>(), cancellationToken);
    }

    /// <summary>Writes what was counted; on failure the counts go back into the buffer for the next round.</summary>
    public static async Task FlushAsync(TenantShell shell, SearchLogDbContext db, CancellationToken cancellationToken)
    {
        var buffer = shell.GetOrAddResource(_ => new SearchTermBuffer());
        var rows = buffer.Drain();
        if (rows.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var week in rows.GroupBy(row => row.Key.Week))
            {
                var queries = week.Select(row => row.Key.Query).ToList();
                var existing = await db.Terms.Where(t => t.Week == week.Key && queries.Contains(t.Query))
                    .ToDictionaryAsync(t => t.Query, StringComparer.Ordinal, cancellationToken);
                foreach (var (key, searches, zero) in week)
                {
                    if (!existing.TryGetValue(key.Query, out var term))
                    {
                        term = new SearchTermWeek { Week = key.Week, Query = key.Query };
                        db.Terms.Add(term);
                    }

                    term.Searches += searches;
                    term.ZeroResults += zero;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Another node or round inserted the same week and query meanwhile, or the database was busy:
            // nothing is lost, the counts wait for the next round.
            buffer.Return(rows);
            db.ChangeTracker.Clear();
            if (exception is not DbUpdateException)
            {
                throw;
            }
        }
    }
}

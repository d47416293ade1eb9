using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Persistence;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Security;

/// <summary>
/// The row count of every table in a site's database (the audit chain among them) and the version of its registry
/// entry (features, theme, branding): what a refused request must leave as it was.
/// </summary>
public static class SiteFingerprint
{
    /// <summary>
    /// Tables the node's own background work writes whatever requests arrive (which node holds the index lease, how
    /// far the indexer has read the event log): counting them makes the check depend on the indexer's timing.
    /// </summary>
    private static readonly string[] BackgroundBookkeeping = ["policy_index_leases", "portal_event_cursors"];

    public static async Task<IReadOnlyDictionary<string, long>> TakeAsync(PortalFactory factory, string tenant)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal)
        {
            ["(registry version)"] = (await factory.Get<TenantStore>().FindAsync(tenant))!.Version,
        };
        await using var scope = await TenantScope.CreateAsync(factory, tenant);
        var database = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>().Database; // every module's tables share the site's database
        var connection = database.GetDbConnection();
        await database.OpenConnectionAsync();
        try
        {
            var postgres = database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
            var tables = await ReadAsync(connection, postgres
                ? "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
                : "SELECT '\"' || name || '\"' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
            foreach (var table in tables.Where(t => !BackgroundBookkeeping.Any(b => t.Trim('"').EndsWith(b, StringComparison.Ordinal))))
            {
                counts[table] = long.Parse((await ReadAsync(connection, $"SELECT count(*) FROM {table}"))[0], System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            await database.CloseConnectionAsync();
        }

        return counts;
    }

    /// <summary>"table: before → after" for each difference.</summary>
    public static IEnumerable<string> Differences(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after)
        => before.Keys.Union(after.Keys)
            .Where(k => before.GetValueOrDefault(k, -1) != after.GetValueOrDefault(k, -1))
            .Select(k => $"{k}: {before.GetValueOrDefault(k, -1)} → {after.GetValueOrDefault(k, -1)}");

    private static async Task<List<string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}

using Portal.Core.Tenants;

namespace Portal.Benchmarks;

/// <summary>
/// Memory per active tenant: the in-process web app is warmed up with one tenant, then the home
/// pages of N more tenants are requested; the difference after a full GC, divided by N, is the cost
/// of keeping a tenant active. Clearing SQLite's pools and then evicting the shells splits that cost.
/// </summary>
internal static class MemoryBenchmark
{
    public static async Task<MemoryResult> RunAsync(string dataFolder, string warmUp, IReadOnlyList<string> tenants)
    {
        var app = await InProcessPortal.StartAsync(dataFolder);
        try
        {
            return await MeasureAsync(app, warmUp, tenants);
        }
        finally
        {
            await InProcessPortal.StopAsync(app);
        }
    }

    private static async Task<MemoryResult> MeasureAsync(WebApplication app, string warmUp, IReadOnlyList<string> tenants)
    {
        var shells = app.Services.GetRequiredService<ShellHost>();
        using var client = HttpClients.Create(InProcessPortal.Address(app));
        for (var i = 0; i < 5; i++)
        {
            await client.GetPageAsync($"{warmUp}/");
        }

        var before = Report("after warm-up (1 tenant)", MemorySnapshot.Take(shells.ActiveCount));
        foreach (var name in tenants)
        {
            await client.GetPageAsync($"{name}/");
        }

        var after = Report($"after {tenants.Count} more home pages", MemorySnapshot.Take(shells.ActiveCount));
        Console.WriteLine($"    per tenant: {after.PerTenant(before, tenants.Count)}");

        // Breakdown: what goes when SQLite's pooled connections are closed, and what goes with the shells.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var noPools = Report("after SqliteConnection.ClearAllPools()", MemorySnapshot.Take(shells.ActiveCount));
        Console.WriteLine($"    pooled SQLite connections, per tenant: {after.PerTenant(noPools, tenants.Count)}");
        foreach (var name in shells.Active.Select(s => s.Name).ToList())
        {
            await shells.EvictAsync(name);
        }

        var evicted = Report("after evicting every tenant", MemorySnapshot.Take(shells.ActiveCount));
        Console.WriteLine($"    shells themselves, per tenant: {noPools.PerTenant(evicted, tenants.Count)}");
        Console.WriteLine($"    left after eviction (caches, pools of other layers), per tenant: {evicted.PerTenant(before, tenants.Count)}");
        return new MemoryResult(before, after, noPools, evicted, tenants.Count);
    }

    private static MemorySnapshot Report(string when, MemorySnapshot snapshot)
    {
        Console.WriteLine($"  {when}: {snapshot.Describe()}");
        return snapshot;
    }
}

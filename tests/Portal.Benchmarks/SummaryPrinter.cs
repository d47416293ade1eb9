namespace Portal.Benchmarks;

/// <summary>The final block: one line per measurement, with its target, in the order of the brief.</summary>
internal static class SummaryPrinter
{
    public static void Print(BenchmarkResults results, BenchmarkOptions options)
    {
        Console.WriteLine();
        Console.WriteLine($"Portal foundation benchmark ({Environment.ProcessorCount} cores)");
        Console.WriteLine($"registration of {options.Tenants} tenants (setup, not a target): {results.SeedTime.TotalSeconds:0.0} s");
        Console.WriteLine(results.StartupFull is { } full
            ? $"start-up, {options.Tenants} tenants: median {Stats.Whole(full.Median)} ms (runs: {Stats.List(full.Ready)})   target ≤ 2000 ms {Verdict(full.Median <= 2000)}"
            : $"start-up, {options.Tenants} tenants: not measured");
        Console.WriteLine(results.StartupEmpty is { } empty
            ? $"start-up, empty registry: median {Stats.Whole(empty.Median)} ms (runs: {Stats.List(empty.Ready)})"
            : "start-up, empty registry: not measured");
        if (results.StartupFull is not null && results.StartupEmpty is not null)
        {
            Console.WriteLine($"  (port open after: median {Stats.Whole(results.StartupFull.MedianListening)} ms with {options.Tenants} tenants, "
                + $"{Stats.Whole(results.StartupEmpty.MedianListening)} ms empty; the rest is the first request to /)");
        }

        if (results.StartupMinimal is { } minimal && results.HelpVerb is { } help)
        {
            Console.WriteLine($"  (yardsticks on this machine: minimal ASP.NET Core app median {Stats.Whole(minimal.Median)} ms to first 200; "
                + $"dotnet Portal.Web.dll help median {Stats.Whole(Stats.Median([.. help]))} ms to exit)");
        }
        Console.WriteLine(results.HttpCold is { } cold
            ? $"cold activation over HTTP ({cold.Milliseconds.Count} tenants): p50 {Stats.Ms(cold.P50)} ms, p95 {Stats.Ms(cold.P95)} ms, max {Stats.Ms(cold.Max)} ms   target p50 ≤ 100 ms {Verdict(cold.P50 <= 100)}"
            : "cold activation over HTTP: not measured");
        if (results.HttpWarm is { } warm)
        {
            Console.WriteLine($"  (same pages again, warm: p50 {Stats.Ms(warm.P50)} ms, p95 {Stats.Ms(warm.P95)} ms)");
        }

        Console.WriteLine(results.InProcessCold is { } inProcess
            ? $"cold activation in-process ({inProcess.Milliseconds.Count} tenants): p50 {Stats.Ms(inProcess.P50)} ms, p95 {Stats.Ms(inProcess.P95)} ms, max {Stats.Ms(inProcess.Max)} ms"
            : "cold activation in-process: not measured");
        PrintMemory(results.Memory);
        PrintThroughput(results);
        PrintPages(results.Pages);
        foreach (var failure in results.Failures)
        {
            Console.WriteLine("FAILED " + failure);
        }
    }

    private static void PrintMemory(MemoryResult? memory)
    {
        if (memory is null)
        {
            Console.WriteLine("memory per active tenant: not measured");
            return;
        }

        Console.WriteLine($"memory per active tenant ({memory.Tenants} active, ShellHost.ActiveCount {memory.After.Active}): "
            + $"managed {Stats.Whole(memory.ManagedKbPerTenant)} KB, working set {Stats.Whole(memory.WorkingSetKbPerTenant)} KB   "
            + $"target ≤ 1024 KB {Verdict(Math.Max(memory.ManagedKbPerTenant, memory.WorkingSetKbPerTenant) <= 1024)}");
        var pools = MemorySnapshot.PerTenantKb(memory.After.WorkingSet - memory.PoolsCleared.WorkingSet, memory.Tenants);
        var poolsManaged = MemorySnapshot.PerTenantKb(memory.After.Managed - memory.PoolsCleared.Managed, memory.Tenants);
        var sqlite = MemorySnapshot.PerTenantKb(memory.After.SqliteNative - memory.PoolsCleared.SqliteNative, memory.Tenants);
        Console.WriteLine($"  of which pooled SQLite connections: working set {Stats.Whole(pools)} KB (SQLite native heap {Stats.Whole(sqlite)} KB), managed {Stats.Whole(poolsManaged)} KB"
            + $"; open files {memory.After.OpenFiles - memory.Before.OpenFiles} more with {memory.Tenants} active, {memory.PoolsCleared.OpenFiles - memory.Before.OpenFiles} after clearing the pools");
    }

    private static void PrintThroughput(BenchmarkResults results)
    {
        if (results.Throughput is { } t)
        {
            Console.WriteLine($"home page: {Stats.Whole(t.HomeAverage)} req/s vs minimal endpoint {Stats.Whole(t.MinimalAverage)} req/s = {Stats.Whole(t.Ratio * 100)} %   "
                + $"target ≥ 50 % {Verdict(t.Ratio >= 0.5)}  (runs {Stats.List(t.HomePage)} vs {Stats.List(t.Minimal)}; {t.BodyBytes}-byte body; wrk shares the 2 cores with the server)");
        }
        else
        {
            Console.WriteLine("home page vs minimal endpoint: " + (results.ThroughputSkipped ?? "not measured"));
        }
    }

    /// <summary>The README's page-speed table, ready to paste.</summary>
    private static void PrintPages(IReadOnlyList<PageSpeedResult>? pages)
    {
        if (pages is null)
        {
            Console.WriteLine("page speed: not measured (needs wrk; --only pages)");
            return;
        }

        Console.WriteLine("page speed (req/s, page vs a minimal page of the same bytes, same run):");
        Console.WriteLine("| page kind | bytes | cached | minimal | ratio (≥ 0.70) | uncached | minimal | ratio (≥ 0.25) |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var kind in pages.Select(p => p.Kind).Distinct())
        {
            var on = pages.FirstOrDefault(p => p.Kind == kind && p.Cached);
            var off = pages.FirstOrDefault(p => p.Kind == kind && !p.Cached);
            Console.WriteLine($"| {kind.Name} | {on?.BodyBytes ?? off?.BodyBytes} | {Cell(on)} | {Cell(off)} |");
        }

        static string Cell(PageSpeedResult? r) => r is null ? "– | – | –" : $"{Stats.Whole(r.PageAverage)} | {Stats.Whole(r.MinimalAverage)} | {r.Ratio:0.00} {Verdict(r.Ratio >= r.Target)}";
    }

    private static string Verdict(bool met) => met ? "(met)" : "(MISSED)";
}

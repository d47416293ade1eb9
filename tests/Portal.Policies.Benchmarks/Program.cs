using System.Diagnostics;
using System.Globalization;
using Portal.Policies.Benchmarks;

// Usage: dotnet run -c Release --project tests/Portal.Policies.Benchmarks -- [--corpus PATH] [--synthetic N] [--queries N]
//        [--wrk-seconds N] [--host-dll PATH]
// Latencies are of one client searching one query after another over loopback (nothing of the search API is
// cached: every request runs the whole search), also per query kind, with the slowest ten queries; --wrk-seconds N
// (default 30, 0 skips) then loads the corpus site with wrk -t2 -c64 and the same query mix (wrk-search.lua beside
// this file).
var options = args.Select((value, index) => (value, index)).Where(p => p.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.value[2..], p => p.index + 1 < args.Length ? args[p.index + 1] : "");
var corpus = Path.GetFullPath(options.GetValueOrDefault("corpus") ?? FindCorpus());
var synthetic = int.Parse(options.GetValueOrDefault("synthetic") ?? "100000", CultureInfo.InvariantCulture);
var queryCount = int.Parse(options.GetValueOrDefault("queries") ?? "1000", CultureInfo.InvariantCulture);
var wrkSeconds = int.Parse(options.GetValueOrDefault("wrk-seconds") ?? "30", CultureInfo.InvariantCulture);
var data = Path.Combine(Path.GetTempPath(), "portal-policies-bench-" + Environment.ProcessId);
var portal = new PortalExecutable(PortalExecutable.FindHost(options.GetValueOrDefault("host-dll")), data);
var rows = new List<(string Measure, string Value, string Target)>();
using var client = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
try
{
    Console.WriteLine($"Host: Release build; data folder {data}; cores {Environment.ProcessorCount}");
    Console.WriteLine("Search latency: HTTP round trip of one client, one query after another; nothing of the search API is cached.");
    await portal.RunAsync("tenants", "create", "corpus", "--display-name", "语料基准站");
    var (importWall, importOutput) = await portal.RunAsync("policies", "import", "--tenant", "corpus", "--file", corpus);
    Console.WriteLine(importOutput.Trim());
    rows.Add(("corpus: import + index (policies import, until searchable)", Seconds(importWall), "≤ 30 s"));

    var syntheticFile = Path.Combine(data, "synthetic.jsonl.gz");
    if (synthetic > 0)
    {
        await SyntheticFile.WriteAsync(syntheticFile, synthetic, seed: 42);
        await portal.RunAsync("tenants", "create", "synthetic", "--display-name", "合成基准站");
        var (syntheticWall, syntheticOutput) = await portal.RunAsync("policies", "import", "--tenant", "synthetic", "--file", syntheticFile);
        Console.WriteLine(syntheticOutput.Trim());
        rows.Add(($"synthetic {synthetic:N0}: import + index", Seconds(syntheticWall), "—"));
    }

    var (host, baseAddress) = await portal.ServeAsync(client);
    try
    {
        var corpusQueries = QuerySets.FromJsonLines(corpus, queryCount, seed: 20_251_126);
        var (p50, p95, max) = await MeasureAsync(client, new Uri(baseAddress, "corpus/api/policies/search"), corpusQueries, "corpus");
        rows.Add(($"corpus: HTTP search p50 / p95 / max ({queryCount} queries, one client)", $"{p50:F1} / {p95:F1} / {max:F1} ms", "p95 ≤ 20 ms, max ≤ 100 ms"));
        if (synthetic > 0)
        {
            var syntheticQueries = QuerySets.FromJsonLines(syntheticFile, queryCount, seed: 7);
            (p50, p95, max) = await MeasureAsync(client, new Uri(baseAddress, "synthetic/api/policies/search"), syntheticQueries, $"synthetic {synthetic:N0}");
            rows.Add(($"synthetic {synthetic:N0}: HTTP search p50 / p95 / max (one client)", $"{p50:F1} / {p95:F1} / {max:F1} ms", "p95 ≤ 40 ms, max ≤ 150 ms"));
        }

        if (wrkSeconds > 0)
        {
            var summary = await Wrk.RunAsync(baseAddress, "corpus", [.. corpusQueries.Select(query => query.Text)], wrkSeconds, data);
            Console.WriteLine(summary.Output.Trim());
            rows.Add(($"corpus: wrk -t2 -c64 -d{wrkSeconds}s --timeout 10s, requests/s; latency p50 / p99 / max", summary.Row, "—"));
        }
    }
    finally
    {
        host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync();
    }

    if (synthetic > 0)
    {
        var (rebuildWall, rebuildOutput) = await portal.RunAsync("search", "rebuild", "--tenant", "synthetic");
        Console.WriteLine(rebuildOutput.Trim());
        rows.Add(($"synthetic {synthetic:N0}: full rebuild (search rebuild)", Seconds(rebuildWall), "—"));
    }

    Console.WriteLine();
    Console.WriteLine("| measure | value | target |");
    Console.WriteLine("|---|---|---|");
    foreach (var (measure, value, target) in rows)
    {
        Console.WriteLine($"| {measure} | {value} | {target} |");
    }
}
finally
{
    if (Directory.Exists(data))
    {
        Directory.Delete(data, recursive: true);
    }
}

static string Seconds(TimeSpan elapsed) => $"{elapsed.TotalSeconds:F1} s (wall clock, including process start)";

static async Task<(double P50, double P95, double Max)> MeasureAsync(HttpClient client, Uri endpoint, List<(string Kind, string Text)> queries, string name)
{
    // Warm-up: JIT, first activation, index open. The first search may wait for the index to be opened or
    // rebuilt in the background (503 「正在重建索引」 meanwhile): up to ten minutes on a busy machine.
    var ready = Stopwatch.StartNew();
    foreach (var (_, query) in queries.Take(50))
    {
        while (true)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            using var response = await client.GetAsync(endpoint + "?q=" + Uri.EscapeDataString(query), timeout.Token);
            if (response.StatusCode != System.Net.HttpStatusCode.ServiceUnavailable || ready.Elapsed > TimeSpan.FromMinutes(10))
            {
                response.EnsureSuccessStatusCode();
                break;
            }

            await Task.Delay(500);
        }
    }

    var times = new List<(string Kind, string Query, double Milliseconds)>(queries.Count);
    foreach (var (kind, query) in queries)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(endpoint + "?q=" + Uri.EscapeDataString(query), timeout.Token);
        await response.Content.ReadAsByteArrayAsync(timeout.Token);
        times.Add((kind, query, watch.Elapsed.TotalMilliseconds));
        response.EnsureSuccessStatusCode();
    }

    Console.WriteLine($"{name}: HTTP search p50 / p95 / max per query kind (ms), one client, uncached");
    foreach (var group in times.GroupBy(time => time.Kind))
    {
        var (k50, k95, kMax) = Percentiles([.. group.Select(time => time.Milliseconds)]);
        Console.WriteLine($"  {group.Key,-22} {group.Count(),5}  {k50,7:F1} / {k95,7:F1} / {kMax,7:F1}");
    }

    Console.WriteLine($"{name}: slowest 10 queries");
    foreach (var (kind, query, milliseconds) in times.OrderByDescending(time => time.Milliseconds).Take(10))
    {
        Console.WriteLine($"  {milliseconds,7:F1} ms  {kind,-22} {query}");
    }

    return Percentiles([.. times.Select(time => time.Milliseconds)]);
}

static (double P50, double P95, double Max) Percentiles(List<double> times)
{
    times.Sort();
    return (times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], times[^1]);
}

static string FindCorpus()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        var path = Path.Combine(folder.FullName, "..", "shared", "corpus", "laws.jsonl.gz");
        if (File.Exists(path))
        {
            return path;
        }
    }

    return "/work/shared/corpus/laws.jsonl.gz";
}

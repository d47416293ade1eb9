using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Portal.Modules.Policies.Search;
using Portal.Policies.Benchmarks;

namespace Portal.Policies.Quality;

/// <summary>
/// Where search time goes, in-process and resistant to machine load: the benchmark's own query mixes (corpus and
/// its synthetic library, same seeds) searched one after another, each timed in CPU time of the searching thread
/// (the scheduler's count, not the wall clock, so other engineers' builds barely move it) and in allocations.
/// Prints per-kind figures and the slowest queries; each answer (total, level, ids, facets) is fingerprinted so a
/// change meant to be faster can be shown to leave every answer as it was.
/// </summary>
internal static class SpeedProbe
{
    private const int Slowest = 20;

    public static void Run(string corpusPath, string folder, int synthetic, int queryCount, string? answersFile)
    {
        var searcher = new PolicySearcher(Portal.Modules.Policies.Features.SearchPolicies.SearchSettings.MinStrictResults);
        using var answers = answersFile is null ? null : new StreamWriter(answersFile, append: false, new UTF8Encoding(false));
        using (var run = QualityRun.Build(corpusPath, Path.Combine(folder, "corpus"), keep: true))
        {
            Measure("corpus", searcher, run.Index, QuerySets.FromJsonLines(corpusPath, queryCount, seed: 20_251_126), answers);
        }

        if (synthetic > 0)
        {
            var file = Path.Combine(folder, $"synthetic-{synthetic}.jsonl.gz");
            if (!File.Exists(file))
            {
                SyntheticFile.WriteAsync(file, synthetic, seed: 42).GetAwaiter().GetResult();
            }

            using var run = QualityRun.Build(file, Path.Combine(folder, $"synthetic-{synthetic}"), keep: true);
            Measure($"synthetic {synthetic:N0}", searcher, run.Index, QuerySets.FromJsonLines(file, queryCount, seed: 7), answers);
        }
    }

    private static void Measure(string name, PolicySearcher searcher, PolicyIndex index, List<(string Kind, string Text)> queries, StreamWriter? answers)
    {
        IReadOnlyList<(string, PolicyIndex)> indexes = [(name, index)];

        // Warm-up as the HTTP benchmark does it: JIT and the first queries only, so per-segment caches fill as they would.
        foreach (var (_, text) in queries.Take(50))
        {
            searcher.Search(indexes, new PolicySearchRequest { Query = text });
        }

        var rows = new List<(string Kind, string Text, double Cpu, double Wall, long Bytes, PolicySearchResult Result)>(queries.Count);
        foreach (var (kind, text) in queries)
        {
            var request = new PolicySearchRequest { Query = text };
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuMilliseconds();
            var watch = Stopwatch.StartNew();
            var result = searcher.Search(indexes, request);
            var wall = watch.Elapsed.TotalMilliseconds;
            rows.Add((kind, text, ThreadCpuMilliseconds() - cpu, wall, GC.GetAllocatedBytesForCurrentThread() - bytes, result));
        }

        Console.WriteLine($"{name}: {rows.Count} searches, one after another (size 10, facets, snippets; nothing cached)");
        Console.WriteLine($"  {"kind",-22} {"n",4}  {"cpu p50/p95/max ms",-22} {"wall p50/p95/max ms",-22} {"alloc KB avg",12}  answers");
        foreach (var group in rows.GroupBy(row => row.Kind).Append(rows.GroupBy(_ => "all").Single()))
        {
            var list = group.ToList();
            Console.WriteLine($"  {group.Key,-22} {list.Count,4}  {Percentiles(list.Select(r => r.Cpu)),-22} {Percentiles(list.Select(r => r.Wall)),-22} "
                + $"{list.Average(r => r.Bytes) / 1024,12:F0}  {Fingerprint(list.Select(r => Answer(r.Text, r.Result)))}");
        }

        Console.WriteLine($"  slowest {Slowest} by CPU time:");
        foreach (var row in rows.OrderByDescending(r => r.Cpu).Take(Slowest))
        {
            Console.WriteLine($"    {row.Cpu,7:F1} cpu {row.Wall,7:F1} wall ms  {row.Kind,-22} total {row.Result.Total,6} {row.Result.MatchLevel,-4} {row.Text}");
        }

        if (answers is not null)
        {
            foreach (var row in rows)
            {
                answers.WriteLine($"{name}\t{row.Kind}\t{Answer(row.Text, row.Result)}");
            }
        }
    }

    /// <summary>Everything a reader sees of the answer except the snippets' markup and the floating-point scores.</summary>
    private static string Answer(string text, PolicySearchResult result) =>
        string.Join('\t',
            text,
            result.Total.ToString(CultureInfo.InvariantCulture),
            result.MatchLevel,
            result.CorrectedQuery ?? "-",
            string.Join(',', result.Items.Select(hit => hit.Id)),
            string.Join(';', result.Facets.OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => pair.Key + "=" + string.Join(',', pair.Value.Select(count => count.Value + ":" + count.Count)))),
            Fingerprint(result.Items.Select(hit => hit.SnippetHtml)));

    private static string Fingerprint(IEnumerable<string> lines) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))))[..12];

    private static string Percentiles(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"{sorted[sorted.Length / 2]:F1} / {sorted[(int)Math.Ceiling(sorted.Length * 0.95) - 1]:F1} / {sorted[^1]:F1}");
    }

    /// <summary>CPU time of the calling thread (clock_gettime with CLOCK_THREAD_CPUTIME_ID: exact, not in scheduler ticks).</summary>
    private static double ThreadCpuMilliseconds() =>
        NativeMethods.clock_gettime(NativeMethods.ClockThreadCpuTime, out var time) == 0
            ? (time.Seconds * 1e3) + (time.Nanoseconds / 1e6)
            : throw new PlatformNotSupportedException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: the probe needs Linux.");

    private static class NativeMethods
    {
        public const int ClockThreadCpuTime = 3;

        [StructLayout(LayoutKind.Sequential)]
        public struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", SetLastError = false)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int clock_gettime(int clock, out TimeSpec time);
    }
}

using System.Diagnostics;
using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

internal static class Latency
{
    /// <summary>Runs <paramref name="count"/> searches (cycling the queries) and returns p50/p95/max in ms.</summary>
    public static (double P50, double P95, double Max) Measure(
        PolicySearcher searcher, IReadOnlyList<(string, PolicyIndex)> indexes, IReadOnlyList<string> queries, int count)
    {
        // Warm-up: JIT, SmartCn dictionary, OS page cache.
        for (var i = 0; i < Math.Min(50, queries.Count); i++)
        {
            searcher.Search(indexes, new PolicySearchRequest { Query = queries[i] });
        }

        var times = new double[count];
        for (var i = 0; i < count; i++)
        {
            var watch = Stopwatch.StartNew();
            searcher.Search(indexes, new PolicySearchRequest { Query = queries[i % queries.Count], Size = 10 });
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[count / 2], times[(int)(count * 0.95)], times[^1]);
    }
}

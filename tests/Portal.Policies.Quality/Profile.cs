using System.Diagnostics;
using Lucene.Net.Search;
using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>Diagnostics for tuning: where the time of a query goes (first-stage match count vs the full search).</summary>
internal static class Profile
{
    public static void Print(PolicyIndex index, IReadOnlyList<string> queries)
    {
        var searcher = new PolicySearcher();
        using var lease = index.Acquire();
        foreach (var text in queries)
        {
            var plan = QueryPlanner.Plan(text, []);
            var query = LuceneQueryFactory.Build(plan, MatchLevel.All);
            var watch = Stopwatch.StartNew();
            var counter = new TotalHitCountCollector();
            if (query is not null)
            {
                lease.Searcher.Search(query, counter);
            }

            var firstStage = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            var top = query is null ? [] : lease.Searcher.Search(query, 100).ScoreDocs;
            var topTime = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            if (LuceneQueryFactory.BuildRescore(plan).Tolerant is { } rescore && top.Length > 0)
            {
                var filtered = new FilteredQuery(rescore, new CandidateFilter(top.Select(hit => hit.Doc).ToList()), CandidateFilter.Strategy);
                lease.Searcher.Search(filtered, top.Length);
            }

            var rescoreTime = watch.Elapsed.TotalMilliseconds;
            Console.Write($"top100 {topTime,6:F1} rescore {rescoreTime,6:F1} | ");
            watch.Restart();
            var result = searcher.Search([("p", index)], new PolicySearchRequest { Query = text });
            Console.WriteLine($"{firstStage,7:F1} ms count {counter.TotalHits,6} | full {watch.Elapsed.TotalMilliseconds,7:F1} ms total {result.Total,6} {result.MatchLevel} | units {plan.Units.Count} | {text}");
        }
    }
}

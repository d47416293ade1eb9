using Lucene.Net.Search;
using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>
/// Diagnostics for tuning: for each query (several separated by '|'), the plan as the engine makes it (with the
/// index's lexicon, so sound-alike corrections show), the top hits of the full search and, with a score
/// explanation count, Lucene's explanation of the first-stage query for the top hits.
/// </summary>
internal static class Explain
{
    public static void Print(PolicyIndex index, string texts, int explained)
    {
        var searcher = new PolicySearcher(SearchSettings.MinStrictResults);
        foreach (var text in texts.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            using var lease = index.Acquire();
            var plan = QueryPlanner.Plan(text, [], lexicon: new IndexLexicon(lease.Searcher.IndexReader));
            Console.WriteLine($"=== {text}");
            Console.WriteLine("words: " + string.Join(" / ", QueryText.Segments(text).SelectMany(s => QuerySegments.Words(s)).Select(w => $"{w.Text}@{w.Start}")));
            Console.WriteLine($"passages: {string.Join(" | ", plan.Passages)}; phrases: {string.Join(" | ", plan.Phrases)}; corrected: {plan.Corrected}");
            Console.WriteLine($"units: {string.Join(", ", plan.Units.Select(u => (u.Required ? "+" : "?") + string.Join("/", u.Alternatives)))}");
            var result = searcher.Search([("corpus", index)], new PolicySearchRequest { Query = text });
            Console.WriteLine($"total {result.Total} {result.MatchLevel}");
            foreach (var hit in result.Items.Take(5))
            {
                Console.WriteLine($"  {hit.Score,10:F2} {hit.Title}");
            }

            var query = LuceneQueryFactory.Build(plan, MatchLevel.All);
            if (query is null || explained == 0)
            {
                continue;
            }

            foreach (var hit in lease.Searcher.Search(query, explained).ScoreDocs)
            {
                var explanation = lease.Searcher.Explain(query, hit.Doc).ToString();
                Console.WriteLine($"--- {lease.Searcher.Doc(hit.Doc).Get("title")} {hit.Score}");
                Console.WriteLine(explanation[..Math.Min(3000, explanation.Length)]);
            }
        }
    }
}

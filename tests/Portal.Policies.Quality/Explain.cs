using Lucene.Net.Search;
using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>Diagnostics for tuning: prints the plan and Lucene's score explanation of the top hits.</summary>
internal static class Explain
{
    public static void Print(PolicyIndex index, string text, int top)
    {
        var plan = QueryPlanner.Plan(text, []);
        Console.WriteLine($"passages: {string.Join(" | ", plan.Passages)}; phrases: {string.Join(" | ", plan.Phrases)}");
        Console.WriteLine($"units: {string.Join(", ", plan.Units.Select(u => (u.Required ? "+" : "?") + string.Join("/", u.Alternatives)))}");
        var query = LuceneQueryFactory.Build(plan, MatchLevel.All);
        if (query is null)
        {
            return;
        }

        using var lease = index.Acquire();
        foreach (var hit in lease.Searcher.Search(query, top).ScoreDocs)
        {
            Console.WriteLine($"--- {lease.Searcher.Doc(hit.Doc).Get("title")} {hit.Score}");
            Console.WriteLine(lease.Searcher.Explain(query, hit.Doc).ToString()[..Math.Min(3000, lease.Searcher.Explain(query, hit.Doc).ToString().Length)]);
        }
    }
}

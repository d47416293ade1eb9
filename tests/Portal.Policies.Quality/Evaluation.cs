using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>Known-item evaluation: is the target id in the top 10, and at which rank.</summary>
internal static class Evaluation
{
    public static (Metrics Engine, Metrics Baseline, List<(EvalQuery Query, int Rank, List<string> Top)> Failures) Run(
        IReadOnlyList<EvalQuery> queries,
        PolicySearcher searcher,
        IReadOnlyList<(string, PolicyIndex)> indexes,
        BaselineIndex? baseline)
    {
        var engine = new Metrics();
        var base_ = new Metrics();
        var failures = new List<(EvalQuery, int, List<string>)>();
        foreach (var query in queries)
        {
            var result = searcher.Search(indexes, new PolicySearchRequest { Query = query.Text, Size = 10 });
            var rank = Metrics.RankOf(result.Items.Select(hit => hit.Id).ToList(), query.TargetId);
            engine.Add(query.Kind, rank);
            if (rank != 1)
            {
                failures.Add((query, rank, result.Items.Take(3).Select(hit => hit.Title).ToList()));
            }

            if (baseline is not null)
            {
                base_.Add(query.Kind, Metrics.RankOf(baseline.Search(query.Text, 10), query.TargetId));
            }
        }

        return (engine, base_, failures);
    }

    public static void Print(Metrics engine, Metrics? baseline)
    {
        Console.WriteLine();
        Console.WriteLine($"{"kind",-12} {"n",5} | {"engine s@10",11} {"MRR@10",7} | {"baseline s@10",13} {"MRR@10",7}");
        foreach (var kind in Enum.GetValues<QueryKind>().Cast<QueryKind?>().Append(null))
        {
            var (count, success, mrr) = engine.For(kind);
            var (_, baseSuccess, baseMrr) = baseline?.For(kind) ?? (0, double.NaN, double.NaN);
            Console.WriteLine($"{kind?.ToString() ?? "OVERALL",-12} {count,5} | {success,11:F3} {mrr,7:F3} | {baseSuccess,13:F3} {baseMrr,7:F3}");
        }

        var phrases = new[] { QueryKind.Phrase, QueryKind.PhraseTypo, QueryKind.PhraseNoise };
        var phraseRows = phrases.Select(kind => engine.For(kind)).ToList();
        var phraseCount = phraseRows.Sum(row => row.Count);
        Console.WriteLine($"{"phrases(all)",-12} {phraseCount,5} | {phraseRows.Sum(row => row.Success * row.Count) / phraseCount,11:F3} {phraseRows.Sum(row => row.Mrr * row.Count) / phraseCount,7:F3} |");
    }
}

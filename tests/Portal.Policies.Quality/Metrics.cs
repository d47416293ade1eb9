namespace Portal.Policies.Quality;

/// <summary>success@10 and MRR@10 per query kind.</summary>
internal sealed class Metrics
{
    private readonly Dictionary<QueryKind, (int Count, int Success, double Reciprocal)> _byKind = [];

    public void Add(QueryKind kind, int rank)
    {
        var (count, success, reciprocal) = _byKind.GetValueOrDefault(kind);
        _byKind[kind] = rank is >= 1 and <= 10
            ? (count + 1, success + 1, reciprocal + (1.0 / rank))
            : (count + 1, success, reciprocal);
    }

    public (int Count, double Success, double Mrr) For(QueryKind? kind)
    {
        var rows = kind is null ? _byKind.Values.ToList() : [_byKind.GetValueOrDefault(kind.Value)];
        var count = rows.Sum(row => row.Count);
        return count == 0 ? (0, 0, 0) : (count, rows.Sum(row => row.Success) / (double)count, rows.Sum(row => row.Reciprocal) / count);
    }

    public static int RankOf(IReadOnlyList<long> ids, long target)
    {
        for (var i = 0; i < ids.Count && i < 10; i++)
        {
            if (ids[i] == target)
            {
                return i + 1;
            }
        }

        return 0;
    }
}

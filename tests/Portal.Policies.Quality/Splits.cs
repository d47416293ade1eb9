namespace Portal.Policies.Quality;

internal static class Splits
{
    public static CorpusSplit Parse(string text) => text.ToLowerInvariant() switch
    {
        "tune" => CorpusSplit.Tune,
        "heldout" or "held-out" => CorpusSplit.HeldOut,
        _ => throw new ArgumentException($"--split must be tune or heldout, not {text}"),
    };

    public static bool Contains(CorpusSplit split, CorpusDocument item) =>
        (Fnv(item.Document.ExternalId ?? item.Document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)) % 2 == 1)
            == (split == CorpusSplit.HeldOut);

    /// <summary>FNV-1a: stable across runs and platforms, unlike string.GetHashCode.</summary>
    private static uint Fnv(string text)
    {
        var hash = 2166136261u;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return hash;
    }
}

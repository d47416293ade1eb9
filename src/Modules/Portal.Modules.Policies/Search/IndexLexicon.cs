using Lucene.Net.Index;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// What the searched indexes contain: how many documents hold a character bigram anywhere (title, number,
/// body). One instance per search; lookups are cached because the corrector asks for the same pairs often.
/// </summary>
internal sealed class IndexLexicon(IndexReader reader)
{
    private readonly Dictionary<string, int> _cache = new(StringComparer.Ordinal);

    public int DocumentCount => reader.NumDocs;

    /// <summary>Documents containing the two characters side by side.</summary>
    public int DocFreq(char first, char second)
    {
        var bigram = string.Create(2, (first, second), static (span, pair) => (span[0], span[1]) = pair);
        if (!_cache.TryGetValue(bigram, out var count))
        {
            _cache[bigram] = count = reader.DocFreq(new Term(PolicyFields.TextBigram, bigram));
        }

        return count;
    }
}

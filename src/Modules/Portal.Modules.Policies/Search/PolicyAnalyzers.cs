using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Process-wide analyzers. SmartCn loads its dictionary (~0.6 s) once; analyzers are thread-safe
/// (token stream components are cached per thread).
/// </summary>
internal static class PolicyAnalyzers
{
    private static readonly Lazy<SmartChineseAnalyzer> LazySmartCn =
        new(() => new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Analyzer> LazyIndex = new(
        () => new PerFieldAnalyzerWrapper(
            Bigram,
            new Dictionary<string, Analyzer> { [PolicyFields.Title] = SmartCn }),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static SmartChineseAnalyzer SmartCn => LazySmartCn.Value;

    /// <summary>
    /// BM25 at index and query time: classic TF-IDF squares idf, which let one rare bigram pair outweigh
    /// whether the words are in the title at all.
    /// </summary>
    public static BM25Similarity Similarity { get; } = new();

    public static BigramAnalyzer Bigram { get; } = new();

    /// <summary>SmartCn for the title field, bigrams for everything else.</summary>
    public static Analyzer Index => LazyIndex.Value;

    /// <summary>Tokens with their positions, for building phrase queries that line up with the index.</summary>
    public static List<(string Term, int Position)> Analyze(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), position));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Warms the SmartCn dictionary so the first user query does not pay for it.</summary>
    public static void Warm() => _ = Analyze(SmartCn, PolicyFields.Title, "离退休干部");
}

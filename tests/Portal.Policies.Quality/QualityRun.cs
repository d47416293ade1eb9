using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>
/// One known-item run over the real corpus: index it all, generate queries for one split from a seed, judge
/// the exact document in the top 10. Used by the program and by the short run inside <c>dotnet test</c>.
/// </summary>
internal sealed class QualityRun : IDisposable
{
    private readonly string _folder;

    private readonly bool _keep;

    private QualityRun(string folder, List<CorpusDocument> corpus, PolicyIndex index, bool keep)
    {
        _folder = folder;
        _keep = keep;
        Corpus = corpus;
        Index = index;
    }

    public List<CorpusDocument> Corpus { get; }

    public PolicyIndex Index { get; }

    /// <summary>Two-word and topic targets drawn again by the last <see cref="Queries"/> (ADR 0034).</summary>
    public int RejectedSharedWords { get; private set; }

    /// <summary>
    /// Loads and indexes the corpus (the index holds every document, whatever the split). With
    /// <paramref name="keep"/>, an index already in the folder with every document is reused and the folder is
    /// kept (for repeated tuning runs while the analysers do not change; delete it when they do).
    /// </summary>
    public static QualityRun Build(string corpusPath, string folder, bool keep = false)
    {
        var corpus = CorpusLoader.Load(corpusPath);
        var index = PolicyIndex.Open(folder);
        if (!keep || index.DocumentCount != corpus.Count || index.Cursor != corpus.Count)
        {
            index.DeleteAll();
            index.Upsert(corpus.Select(item => item.Document).ToList());
            index.Optimize();
            index.Commit(cursor: corpus.Count);
        }

        return new QualityRun(folder, corpus, index, keep);
    }

    /// <param name="wordsMustIdentify">False only to show the figures of the rule before ADR 0034.</param>
    public List<EvalQuery> Queries(int seed, CorpusSplit split, int perKind, out int rejected, bool wordsMustIdentify = true)
    {
        var generator = new QueryGenerator(Corpus, seed, item => Splits.Contains(split, item)) { WordsMustIdentify = wordsMustIdentify };
        var queries = generator.Generate(perKind);
        rejected = generator.RejectedCommonPhrases;
        RejectedSharedWords = generator.RejectedSharedWords;
        return queries;
    }

    /// <summary>Judged with the host's settings (<see cref="SearchSettings"/>) unless told otherwise.</summary>
    public (Metrics Engine, Metrics Baseline, List<(EvalQuery Query, int Rank, List<string> Top)> Failures) Evaluate(
        IReadOnlyList<EvalQuery> queries, PolicySearcher? searcher = null, BaselineIndex? baseline = null) =>
        Evaluation.Run(queries, searcher ?? new PolicySearcher(SearchSettings.MinStrictResults), [("corpus", Index)], baseline);

    public void Dispose()
    {
        Index.Dispose();
        if (!_keep && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

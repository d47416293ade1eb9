using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Modules.Policies.Search;

/// <summary>Gives every managed searcher the same similarity the index was written with.</summary>
internal sealed class PolicySearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader) =>
        new(reader) { Similarity = PolicyAnalyzers.Similarity };
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Modules.Policies.Search;

/// <summary>Restricts a query to a few top-level doc ids, so costly scoring only visits those candidates.</summary>
internal sealed class CandidateFilter(IReadOnlyCollection<int> docs) : Filter
{
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        FixedBitSet? bits = null;
        foreach (var doc in docs)
        {
            var local = doc - context.DocBase;
            if (local >= 0 && local < reader.MaxDoc && (acceptDocs is null || acceptDocs.Get(local)))
            {
                bits ??= new FixedBitSet(reader.MaxDoc);
                bits.Set(local);
            }
        }

        return bits;
    }
}

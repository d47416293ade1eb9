using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Modules.Policies.Search;

/// <summary>A point-in-time searcher of one index; dispose it to release the reader.</summary>
internal sealed class PolicyIndexLease : IDisposable
{
    private readonly SearcherManager _manager;
    private IndexSearcher? _searcher;

    internal PolicyIndexLease(SearcherManager manager)
    {
        _manager = manager;
        _searcher = manager.Acquire();
    }

    public IndexSearcher Searcher => _searcher ?? throw new ObjectDisposedException(nameof(PolicyIndexLease));

    public IndexReader Reader => Searcher.IndexReader;

    public void Dispose()
    {
        var searcher = Interlocked.Exchange(ref _searcher, null);
        if (searcher is not null)
        {
            _manager.Release(searcher);
        }
    }
}

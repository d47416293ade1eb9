using Portal.Modules.Policies.Features.SearchPolicies;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

/// <summary>One index with all test documents (or a test's own), shared by a test class (SmartCn and indexing cost once).</summary>
public sealed class SearchFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public SearchFixture()
        : this(TestDocuments.All)
    {
    }

    /// <summary>An index of a test's own documents (a class that needs a library shaped for its case).</summary>
    internal SearchFixture(IReadOnlyList<PolicyIndexDocument> documents)
    {
        Index = PolicyIndex.Open(_folder.Sub("all"));
        Index.Upsert(documents);
        Index.Commit(1);
    }

    internal PolicyIndex Index { get; }

    /// <summary>The host's settings (<see cref="SearchSettings"/>), not the engine's defaults.</summary>
    internal PolicySearcher Searcher { get; } = new(SearchSettings.MinStrictResults);

    internal PolicySearchResult Search(PolicySearchRequest request) => Searcher.Search([("全部", Index)], request);

    internal PolicySearchResult Search(string query) => Search(new PolicySearchRequest { Query = query });

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}

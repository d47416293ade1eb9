using Lucene.Net.Index;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Features.SearchReport;
using Portal.Modules.Policies.Features.Synonyms;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>Searches the current site's documents and those of its city and province, with the site's synonyms.</summary>
internal sealed class PolicySearchService(
    TenantContext tenant,
    PolicySources sources,
    PolicyIndexer indexer,
    PolicySearcher searcher,
    PolicySynonyms synonyms,
    ShellHost shells,
    SearchTermRecorder recorder)
{
    /// <summary>Suggestions for the search box: titles and numbers of the site's and its ancestors' documents.</summary>
    public async Task<IReadOnlyList<PolicySuggestion>> SuggestAsync(string? text, string siteBase, CancellationToken cancellationToken = default)
    {
        var shell = tenant.RequiredShell;
        var chain = await sources.ChainAsync(shell, cancellationToken);
        var indexes = new List<(string, PolicyIndex)>(chain.Count);
        foreach (var source in chain)
        {
            indexes.Add((source.Name, await indexer.ForSearchAsync(source.Shell, cancellationToken)));
        }

        var outcome = new PolicySearchOutcome(PolicySearchResult.Empty(1, 1), chain);
        return [.. PolicySearcher.Suggest(indexes, text, MaxSuggestions)
            .Select(hit => new PolicySuggestion(hit.Title, hit.DocNumber, outcome.UrlOf(hit, siteBase), outcome.SourceOf(hit).DisplayName))];
    }

    private const int MaxSuggestions = 8;

    public async Task<PolicySearchOutcome> SearchAsync(PolicySearchRequest request, CancellationToken cancellationToken = default)
    {
        var shell = tenant.RequiredShell;
        request = request with { Synonyms = await synonyms.GetAsync(shell, cancellationToken) };
        for (var attempt = 0; ; attempt++)
        {
            // Resolved on each attempt: an ancestor may have been evicted and re-activated meanwhile.
            var chain = await sources.ChainAsync(shell, cancellationToken);
            var indexes = new List<(string, PolicyIndex)>(chain.Count);
            try
            {
                foreach (var source in chain)
                {
                    indexes.Add((source.Name, await indexer.ForSearchAsync(source.Shell, cancellationToken)));
                }

                var result = searcher.Search(indexes, request);
                Count(request, result.Total);

                return new PolicySearchOutcome(result, chain);
            }
            catch (Exception exception) when (attempt == 0 && PolicyIndexer.IsIndexFailure(exception) && exception is not PolicyIndexBusyException)
            {
                // An index file went bad under us (or the shell was evicted): the damaged index stops answering and is
                // rebuilt in the background; the retry gets the last good view or 「正在重建索引」, never a 500.
                foreach (var (source, (_, index)) in chain.Zip(indexes))
                {
                    await indexer.ReportSearchFailureAsync(source.Shell, index, cancellationToken);
                }

                shell = await shells.GetAsync(shell.Tenant, cancellationToken);
            }
        }
    }

    /// <summary>Counts a first-page search without filters in the search report (also one answered from <see cref="SearchAnswerCache"/>).</summary>
    internal void Count(PolicySearchRequest request, int total)
    {
        if (request.Page == 1 && !request.HasFilters)
        {
            recorder.Record(tenant.RequiredShell, request.Query, total);
        }
    }
}

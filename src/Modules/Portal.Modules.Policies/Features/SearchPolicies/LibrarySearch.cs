using Portal.Core.Tenants;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>
/// The public library page's searches: a repeated search is answered from <see cref="SearchAnswerCache"/> until a
/// site of its chain changes content. The JSON search API stays uncached (<see cref="PolicySearchService"/>), so its
/// measured speed is the engine's.
/// </summary>
internal sealed class LibrarySearch(TenantContext tenant, PolicySources sources, PolicySearchService search, SearchAnswerCache answers)
{
    public async Task<PolicySearchOutcome> SearchAsync(PolicySearchRequest request, CancellationToken cancellationToken = default)
    {
        var chain = await sources.ChainAsync(tenant.RequiredShell, cancellationToken);
        var kept = answers.For(chain);
        if (kept.TryGet(request, out var result))
        {
            search.Count(request, result.Total);
            return new PolicySearchOutcome(result, chain);
        }

        var outcome = await search.SearchAsync(request, cancellationToken);
        // The search resolves the chain again; an answer over another chain (a site stopped meanwhile) is not kept here.
        if (outcome.Sources.Select(s => s.Name).SequenceEqual(chain.Select(s => s.Name), StringComparer.Ordinal))
        {
            kept.Add(request, outcome.Result);
        }

        return outcome;
    }
}

using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>
/// The API's answer. Facets: issuer, level, year, category, validity → values with counts, each counted
/// with every other filter applied. Snippets are HTML-escaped text with &lt;mark&gt; around matches.
/// </summary>
internal sealed record PolicySearchResponse(
    int Total,
    int Page,
    int Size,
    IReadOnlyList<PolicySearchItem> Items,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets);

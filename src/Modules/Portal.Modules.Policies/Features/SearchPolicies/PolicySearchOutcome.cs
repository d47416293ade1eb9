using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>The engine's result plus the sites its hits came from (for labels and links).</summary>
internal sealed record PolicySearchOutcome(PolicySearchResult Result, IReadOnlyList<PolicySource> Sources)
{
    public PolicySource SourceOf(PolicySearchHit hit) => Sources.First(s => s.Name == hit.Tenant);

    /// <summary>The document page inside the current site; an inherited document names its publisher.</summary>
    public string UrlOf(PolicySearchHit hit, string siteBase)
    {
        var source = SourceOf(hit);
        var url = $"{siteBase.TrimEnd('/')}/policies/{hit.Id}";
        return source.IsOwn ? url : $"{url}?from={Uri.EscapeDataString(source.Name)}";
    }
}

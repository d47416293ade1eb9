namespace Portal.Modules.Policies.Search;

internal sealed record PolicySearchResult
{
    /// <summary>Documents matching the query and all filters.</summary>
    public required int Total { get; init; }

    public required IReadOnlyList<PolicySearchHit> Items { get; init; }

    /// <summary>
    /// Facet name (see <see cref="PolicyFacets"/>) → values with counts, most frequent first. Each facet is
    /// counted with every filter applied except its own, so the other values of a filtered facet stay visible.
    /// </summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets { get; init; }

    public int Page { get; init; }

    public int Size { get; init; }

    /// <summary>How strictly the words matched; not All means "showing partial matches".</summary>
    public MatchLevel MatchLevel { get; init; }

    /// <summary>The canonical document number found in the query, if it matched a document.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The query with sound-alike corrections applied when the search used them (您是不是要找 …); else null.</summary>
    public string? CorrectedQuery { get; init; }

    public static PolicySearchResult Empty(int page, int size) => new()
    {
        Total = 0,
        Items = [],
        Facets = PolicyFacets.All.ToDictionary(name => name, _ => (IReadOnlyList<FacetCount>)[]),
        Page = page,
        Size = size,
    };
}

namespace Portal.Modules.Policies.Search;

/// <summary>One search. Filters are exact values as shown in the facets.</summary>
internal sealed record PolicySearchRequest
{
    public const int MaxSize = 50;

    public string? Query { get; init; }

    public string? Issuer { get; init; }

    public string? Level { get; init; }

    public int? Year { get; init; }

    public string? Category { get; init; }

    public string? Validity { get; init; }

    /// <summary>Search exactly what was typed: no sound-alike corrections (the reader declined them).</summary>
    public bool Exact { get; init; }

    public PolicySort Sort { get; init; } = PolicySort.Relevance;

    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Capped at <see cref="MaxSize"/>.</summary>
    public int Size { get; init; } = 10;

    /// <summary>A filter narrows an earlier search: such requests are not counted in the search report.</summary>
    public bool HasFilters => Issuer is not null || Level is not null || Year is not null || Category is not null || Validity is not null;

    /// <summary>Tenant-edited synonym groups, e.g. [老干部, 离退休干部]; applied at query time.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; init; } = [];
}

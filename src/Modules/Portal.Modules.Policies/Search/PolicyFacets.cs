namespace Portal.Modules.Policies.Search;

/// <summary>Facet names used as keys of <see cref="PolicySearchResult.Facets"/>.</summary>
internal static class PolicyFacets
{
    public const string Issuer = PolicyFields.Issuer;
    public const string Level = PolicyFields.Level;
    public const string Year = PolicyFields.Year;
    public const string Category = PolicyFields.Category;
    public const string Validity = PolicyFields.Validity;

    public static IReadOnlyList<string> All { get; } = [Issuer, Level, Year, Category, Validity];
}

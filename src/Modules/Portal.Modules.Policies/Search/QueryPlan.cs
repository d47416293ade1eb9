using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// The parsed query: passages (the whole query with segments joined, as typed and corrected), phrases (each
/// segment as typed and corrected), units (words with alternatives) and a document number.
/// </summary>
internal sealed record QueryPlan(
    IReadOnlyList<string> Passages,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<QueryUnit> Units,
    DocumentNumber? Number)
{
    /// <summary>The query with its sound-alike corrections (shown as 您是不是要找 …), or null when none was made.</summary>
    public string? Corrected { get; init; }

    /// <summary>Typed text with a left-out character put back, looked for in titles (<see cref="LeftOutCharacter"/>).</summary>
    public IReadOnlyList<string> TitleGuesses { get; init; } = [];

    public bool IsEmpty => Passages.Count == 0 && Units.Count == 0;

    public int RequiredCount => Units.Count(unit => unit.Required);

    /// <summary>Strings to mark in snippets, longest first so a phrase wins over its words.</summary>
    public IReadOnlyList<string> HighlightTerms() =>
        Passages.Concat(Phrases).Concat(Units.Where(unit => unit.Required).SelectMany(unit => unit.Alternatives))
            .Where(term => term.Length >= 2)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(term => term.Length)
            .ToList();
}

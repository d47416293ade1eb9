namespace Portal.Modules.Policies.Search;

/// <summary>
/// One thing the user asked for: a word and its alternatives (synonyms, corrections). It matches a document
/// when any alternative occurs as a substring. Required units give AND semantics.
/// </summary>
internal sealed record QueryUnit(IReadOnlyList<string> Alternatives, bool Required);

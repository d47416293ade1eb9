namespace Portal.Modules.Policies.Search;

/// <summary>How strictly the query's words must match; the searcher relaxes step by step when nothing is found.</summary>
internal enum MatchLevel
{
    /// <summary>Every word (or one of its synonyms) must occur.</summary>
    All,

    /// <summary>Most words must occur (minimum-should-match).</summary>
    Most,

    /// <summary>Any word or phrase fragment.</summary>
    Any,
}

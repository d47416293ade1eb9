namespace Portal.Modules.Policies.Search;

internal enum PolicySort
{
    Relevance,

    /// <summary>Newest first; undated documents last.</summary>
    DateDescending,
}

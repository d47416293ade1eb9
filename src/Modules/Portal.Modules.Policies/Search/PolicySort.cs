namespace Portal.Modules.Policies.Search;

public enum PolicySort
{
    Relevance,

    /// <summary>Newest first; undated documents last.</summary>
    DateDescending,
}

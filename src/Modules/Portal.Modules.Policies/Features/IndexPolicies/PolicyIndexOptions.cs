namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>How indexes are written, checked and rebuilt (bound from "Portal:Policies").</summary>
internal sealed class PolicyIndexOptions
{
    /// <summary>How often the index files are compared with what the last commit wrote (damage in place is found within this).</summary>
    public TimeSpan FileCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a search with no last good index waits for a background rebuild before answering 「正在重建索引」.</summary>
    public TimeSpan RebuildWait { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Events read and applied per index commit.</summary>
    public int EventsPerCommit { get; set; } = 20_000;

    /// <summary>Documents loaded from the database at a time.</summary>
    public int DocumentsPerBatch { get; set; } = 500;

    /// <summary>A catch-up that indexed at least this many documents merges the index down to one segment.</summary>
    public int OptimizeAfter { get; set; } = 1_000;
}

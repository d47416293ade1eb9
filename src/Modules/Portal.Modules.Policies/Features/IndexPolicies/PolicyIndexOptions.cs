namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>Where indexes live and how eagerly searches look for new indexing tasks.</summary>
public sealed class PolicyIndexOptions
{
    /// <summary>A search asks the database for new tasks at most this often per tenant (the background task does the rest).</summary>
    public TimeSpan SearchCheckInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Tasks applied per index commit.</summary>
    public int TasksPerCommit { get; set; } = 20_000;

    /// <summary>Documents loaded from the database at a time.</summary>
    public int DocumentsPerBatch { get; set; } = 500;

    /// <summary>A catch-up that indexed at least this many documents merges the index down to one segment.</summary>
    public int OptimizeAfter { get; set; } = 1_000;
}

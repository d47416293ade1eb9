namespace Portal.Modules.Policies.Domain;

/// <summary>
/// One change the search index must apply, written in the same transaction as the change. Ids only
/// increase; each node's index remembers the last id it applied (its cursor) and catches up from there.
/// </summary>
public sealed class IndexingTask
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public IndexingTaskKind Kind { get; set; }

    public DateTime CreatedUtc { get; set; }
}

namespace Portal.Modules.Policies.Domain;

public enum IndexingTaskKind
{
    /// <summary>Bring the document's index entry in line with the database (indexed if published, removed otherwise).</summary>
    Upsert = 0,

    /// <summary>The document is gone from the database.</summary>
    Delete = 1,

    /// <summary>Every node rebuilds its whole index from the database (asked for by `search rebuild` while a host runs).</summary>
    Rebuild = 2,
}

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>Who writes an index folder now: one row per folder, held while its owner renews it.</summary>
internal sealed class IndexLease
{
    /// <summary>The folder: machine name and full path (nodes with their own disks have their own indexes).</summary>
    public string Folder { get; set; } = "";

    /// <summary>Machine, process id and a random part, so a restarted process is a new holder.</summary>
    public string Holder { get; set; } = "";

    public DateTime ExpiresUtc { get; set; }
}

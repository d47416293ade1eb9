namespace Portal.Modules.Audit.Domain;

/// <summary>One stored audit entry. Never updated or deleted; each one carries the hash of the one before.</summary>
internal sealed class AuditRecord
{
    /// <summary>1, 2, 3 … without gaps: a missing number is a deleted entry.</summary>
    public long Sequence { get; set; }

    public DateTime TimeUtc { get; set; }

    public string Account { get; set; } = "";

    public string Ip { get; set; } = "";

    public string Action { get; set; } = "";

    public string Target { get; set; } = "";

    public string Outcome { get; set; } = "";

    public string Detail { get; set; } = "";

    public string PreviousHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

namespace Portal.Modules.Audit.Features.Verify;

/// <summary>The result of walking a tenant's chain: how many entries, and the first broken link if any.</summary>
internal sealed record AuditVerification(long Count, long? BrokenAt, string? Problem)
{
    public bool IsIntact => BrokenAt is null;
}

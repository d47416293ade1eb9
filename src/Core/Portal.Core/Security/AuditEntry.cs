namespace Portal.Core.Security;

/// <summary>
/// One event for the tenant's audit log. The log fills in time, account and IP from the request;
/// the caller says what happened (<see cref="AuditActions"/>), to what, and how it ended.
/// </summary>
public sealed record AuditEntry(string Action, string Target, AuditOutcome Outcome = AuditOutcome.Success)
{
    /// <summary>Extra words for the reader (e.g. "启用：健康服务台"); never passwords or personal numbers.</summary>
    public string? Detail { get; init; }

    /// <summary>Overrides the signed-in account, e.g. the user name typed in a failed sign-in.</summary>
    public string? Account { get; init; }
}

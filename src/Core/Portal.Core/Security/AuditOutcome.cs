namespace Portal.Core.Security;

public enum AuditOutcome
{
    Success,
    Failure,
    Denied,
}

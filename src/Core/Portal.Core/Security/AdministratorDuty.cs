namespace Portal.Core.Security;

/// <summary>
/// 三员分立: the system, security and audit administrators' powers never meet in one account.
/// A permission belongs to at most one duty; an account may hold permissions of at most one duty.
/// </summary>
public enum AdministratorDuty
{
    None,
    System,
    Security,
    Audit,
}

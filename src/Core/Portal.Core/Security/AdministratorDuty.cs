namespace Portal.Core.Security;

/// <summary>
/// 三员分立: the system, security and audit administrators' powers never meet in one account.
/// A permission belongs to at most one duty; an account may hold permissions of at most one duty.
/// <see cref="PersonalData"/> is the fourth: the work with people's own files (信息员, 审核员). None of the
/// three administrators may also read them, or the 安全管理员 could grant itself the retirees' health records.
/// </summary>
public enum AdministratorDuty
{
    None,
    System,
    Security,
    Audit,
    PersonalData,
}

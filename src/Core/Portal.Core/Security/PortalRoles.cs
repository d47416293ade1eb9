namespace Portal.Core.Security;

/// <summary>The built-in roles every site has. Modules name them in <see cref="Permission.DefaultRoles"/>.</summary>
public static class PortalRoles
{
    public const string SystemAdministrator = "系统管理员";
    public const string SecurityAdministrator = "安全管理员";
    public const string AuditAdministrator = "审计管理员";
    public const string Editor = "编辑";
    public const string Reviewer = "审核员";
    public const string Clerk = "信息员";
    public const string Retiree = "离退休干部";

    public static readonly IReadOnlyList<string> All = [SystemAdministrator, SecurityAdministrator, AuditAdministrator, Editor, Reviewer, Clerk, Retiree];

    /// <summary>Every role that works in the back office (all but the retirees' own accounts).</summary>
    public static readonly IReadOnlyList<string> Staff = [SystemAdministrator, SecurityAdministrator, AuditAdministrator, Editor, Reviewer, Clerk];

    /// <summary>The three administrators of 三员分立, with the duty each one carries.</summary>
    public static readonly IReadOnlyDictionary<string, AdministratorDuty> Administrators = new Dictionary<string, AdministratorDuty>(StringComparer.Ordinal)
    {
        [SystemAdministrator] = AdministratorDuty.System,
        [SecurityAdministrator] = AdministratorDuty.Security,
        [AuditAdministrator] = AdministratorDuty.Audit,
    };
}

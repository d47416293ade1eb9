namespace Portal.Core.Security;

/// <summary>
/// The platform's roles, which every site has: the three administrators of 三员分立 and the roles every module's pages
/// are written for. Modules name them in <see cref="Permission.DefaultRoles"/>; a module with a duty of its own declares
/// its role instead (ModuleStartup.Roles).
/// </summary>
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

    /// <summary>The platform's roles with the words the roles page shows.</summary>
    public static readonly IReadOnlyList<RoleDeclaration> Declarations =
    [
        new(SystemAdministrator, "系统管理员：站点功能、外观、账号与事件投递；不管理权限，不看审计日志。"),
        new(SecurityAdministrator, "安全管理员：角色与权限、安全设置、为账号分配角色；不管理站点功能，不看审计日志。"),
        new(AuditAdministrator, "审计管理员：查看、导出审计日志；不管理站点与权限。"),
        new(Editor, "编辑：发布和维护本站的政策文件等内容。"),
        new(Reviewer, "审核员：审核内容，查看全部单位的人员信息。"),
        new(Clerk, "信息员：维护本人绑定单位的人员信息。"),
        new(Retiree, "离退休干部：老同志本人的账号，只看自己的信息。"),
    ];

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

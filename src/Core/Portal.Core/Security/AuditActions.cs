namespace Portal.Core.Security;

/// <summary>
/// Action names the shell and several modules write (sign-in, personal files …), so the auditor can filter by them.
/// An action only one module writes is declared by that module (ModuleStartup.AuditActions).
/// </summary>
public static class AuditActions
{
    public const string SignIn = "signin";
    public const string SignOut = "signout";
    public const string TwoFactorEnrol = "2fa.enrol";
    public const string PasswordChange = "password.change";
    public const string PasswordReset = "password.reset";
    public const string UserCreate = "user.create";
    public const string UserUpdate = "user.update";
    public const string UserUnlock = "user.unlock";
    public const string RoleAssign = "role.assign";
    public const string PermissionGrant = "permission.grant";
    public const string PermissionRevoke = "permission.revoke";
    public const string FeatureChange = "feature.change";
    public const string SettingsChange = "settings.change";
    public const string TenantChange = "tenant.change";
    public const string PersonView = "person.view";
    public const string PersonList = "person.list";
    public const string PersonChange = "person.change";
    public const string PersonExport = "person.export";
    public const string PersonReveal = "person.reveal";
    public const string AuditExport = "audit.export";
    public const string EventRetry = "event.retry";

    public static readonly IReadOnlyList<AuditAction> All =
    [
        new(SignIn, "登录"),
        new(SignOut, "退出登录"),
        new(TwoFactorEnrol, "开启双重验证"),
        new(PasswordChange, "修改密码"),
        new(PasswordReset, "重置密码"),
        new(UserCreate, "开设账号"),
        new(UserUpdate, "修改账号"),
        new(UserUnlock, "解锁账号"),
        new(RoleAssign, "分配角色"),
        new(PermissionGrant, "授予权限"),
        new(PermissionRevoke, "收回权限"),
        new(FeatureChange, "启用或停用功能"),
        new(SettingsChange, "修改设置"),
        new(TenantChange, "站点变更"),
        new(PersonView, "查看个人档案"),
        new(PersonList, "查看人员名单"),
        new(PersonChange, "修改个人档案"),
        new(PersonExport, "导出个人档案"),
        new(PersonReveal, "查看完整证件号或手机号"),
        new(AuditExport, "导出或接口查询审计日志"),
        new(EventRetry, "重试事件"),
    ];
}

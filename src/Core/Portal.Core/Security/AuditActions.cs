namespace Portal.Core.Security;

/// <summary>Action names shared across modules, so the auditor can filter by them.</summary>
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
}

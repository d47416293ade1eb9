namespace Portal.Core.Security;

/// <summary>
/// An action a module writes to the audit log, declared beside its permissions (ModuleStartup.AuditActions):
/// the stable name stored in each entry and the words the 审计管理员 reads.
/// </summary>
public sealed record AuditAction(string Name, string Title);

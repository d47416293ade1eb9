namespace Portal.Core.Security;

/// <summary>The current tenant's append-only audit log. Writing is part of the action: if it fails, the action fails.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);
}

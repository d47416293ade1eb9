using Portal.Core.Security;

namespace Portal.Web.Tests.Security;

/// <summary>Stands in for a broken database: every audit write fails, so the page that writes it fails.</summary>
public sealed class ThrowingAuditLog : IAuditLog
{
    public Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
        => throw new InvalidOperationException("simulated failure at Portal.Secret.Internals line 42");
}

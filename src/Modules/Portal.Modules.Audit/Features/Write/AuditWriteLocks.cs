using System.Collections.Concurrent;

namespace Portal.Modules.Audit.Features.Write;

/// <summary>
/// One writer at a time per tenant in this process, so entries chain in order without database retries.
/// Across nodes the database lock in <see cref="AuditLog"/> does the same.
/// </summary>
internal sealed class AuditWriteLocks
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    /// <summary>Tenants whose append-only triggers are known to be in place.</summary>
    public ConcurrentDictionary<string, bool> Guarded { get; } = new(StringComparer.Ordinal);

    public SemaphoreSlim For(string tenant) => _locks.GetOrAdd(tenant, _ => new SemaphoreSlim(1, 1));
}

using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Modules.Audit.Domain;
using Portal.Modules.Audit.Persistence;

namespace Portal.Modules.Audit.Features.Write;

/// <summary>
/// Appends to the current tenant's audit log: reads the last entry's hash and inserts the next entry in
/// one transaction, with writers serialized (a semaphore here, an advisory lock on PostgreSQL, an
/// immediate transaction on SQLite).
/// </summary>
internal sealed class AuditLog(AuditDbContext db, TenantContext tenant, AuditWriteLocks locks, IHttpContextAccessor http, TimeProvider clock) : IAuditLog
{
    /// <summary>Account shown for work done by the platform itself (recipes, the command line).</summary>
    public const string SystemAccount = "（系统）";

    // One advisory lock per tenant database ("portal" in ASCII); held until the transaction ends.
    private const string AdvisoryLockSql = "SELECT pg_advisory_xact_lock(123584106143084)";

    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var shell = tenant.RequiredShell;
        var provider = shell.Tenant.DatabaseProvider;
        var gate = locks.For(shell.Name);
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!locks.Guarded.ContainsKey(shell.Name))
            {
                await AppendOnlyGuard.EnsureAsync(db, provider, cancellationToken);
            }

            if (provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync(AdvisoryLockSql, cancellationToken);
            }

            var last = await db.Records.AsNoTracking().OrderByDescending(r => r.Sequence)
                .Select(r => new { r.Sequence, r.Hash }).FirstOrDefaultAsync(cancellationToken);
            var record = Build(entry);
            record.Sequence = (last?.Sequence ?? 0) + 1;
            record.PreviousHash = last?.Hash ?? AuditHash.Genesis;
            record.Hash = AuditHash.Compute(record);
            db.Records.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            locks.Guarded[shell.Name] = true;
        }
        finally
        {
            db.ChangeTracker.Clear();
            gate.Release();
        }
    }

    private AuditRecord Build(AuditEntry entry)
    {
        var context = http.HttpContext;
        var account = entry.Account ?? (context is null ? SystemAccount : context.User.Identity?.Name ?? "（未登录）");
        return new AuditRecord
        {
            TimeUtc = AuditHash.Truncate(clock.GetUtcNow().UtcDateTime),
            Account = Clip(account, 100),
            Ip = context?.Connection.RemoteIpAddress?.ToString() ?? "",
            Action = Clip(entry.Action, 60),
            Target = Clip(entry.Target, 400),
            Outcome = entry.Outcome.ToString(),
            Detail = Clip(entry.Detail ?? "", 2000),
        };
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}

using Microsoft.EntityFrameworkCore;
using Portal.Modules.Audit.Domain;
using Portal.Modules.Audit.Persistence;

namespace Portal.Modules.Audit.Features.Search;

/// <summary>Reads the current tenant's audit log, newest first. There is no write or delete here.</summary>
internal sealed class AuditQuery(AuditDbContext db)
{
    public const int PageSize = 50;

    /// <summary>An export is capped so one click cannot exhaust the server; narrow the dates for more.</summary>
    public const int ExportLimit = 100_000;

    public async Task<(IReadOnlyList<AuditRecord> Items, int Total)> SearchAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = Apply(filter);
        var total = await query.CountAsync(cancellationToken);
        // Past the last page shows the last page; the product of a huge page number and the size must not overflow.
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await query.OrderByDescending(r => r.Sequence).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    public IAsyncEnumerable<AuditRecord> ExportAsync(AuditFilter filter)
        => Apply(filter).OrderBy(r => r.Sequence).Take(ExportLimit).AsAsyncEnumerable();

    public async Task<IReadOnlyList<string>> ActionsAsync(CancellationToken cancellationToken)
        => await db.Records.AsNoTracking().Select(r => r.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);

    private IQueryable<AuditRecord> Apply(AuditFilter filter)
    {
        var query = db.Records.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime();
            query = query.Where(r => r.TimeUtc >= start);
        }

        // The last representable day has no day after it: it means "no upper bound".
        if (filter.To is { } to && to < DateOnly.MaxValue.AddDays(-1))
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Local).ToUniversalTime();
            query = query.Where(r => r.TimeUtc < end);
        }

        if (!string.IsNullOrWhiteSpace(filter.Account))
        {
            query = query.Where(r => r.Account.Contains(filter.Account.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            query = query.Where(r => r.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Target))
        {
            query = query.Where(r => r.Target.Contains(filter.Target.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Outcome))
        {
            query = query.Where(r => r.Outcome == filter.Outcome);
        }

        return query;
    }
}

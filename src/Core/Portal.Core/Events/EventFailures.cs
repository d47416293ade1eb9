using Microsoft.EntityFrameworkCore;
using Portal.Core.Tenants;

namespace Portal.Core.Events;

internal sealed class EventFailures(EventsDbContext db, EventDispatcher dispatcher, TenantContext tenant, TimeProvider clock) : IEventFailures
{
    public async Task<IReadOnlyList<ParkedEvent>> ListAsync(CancellationToken cancellationToken = default)
    {
        var failures = await db.Failures.AsNoTracking().OrderByDescending(f => f.Parked).ThenBy(f => f.Sequence).Take(500).ToListAsync(cancellationToken);
        var sequences = failures.Select(f => f.Sequence).ToList();
        var events = await db.Events.AsNoTracking().Where(e => sequences.Contains(e.Sequence)).ToDictionaryAsync(e => e.Sequence, cancellationToken);
        return [.. failures.Where(f => events.ContainsKey(f.Sequence)).Select(f =>
        {
            var record = events[f.Sequence];
            return new ParkedEvent(f.Handler, f.Sequence, record.EventId, record.Type, record.OccurredUtc, f.Attempts, f.LastError, f.Parked, f.NextAttemptUtc);
        })];
    }

    public async Task<string?> RetryAsync(string handler, long sequence, CancellationToken cancellationToken = default)
    {
        var failure = await db.Failures.FindAsync([handler, sequence], cancellationToken)
            ?? throw new PortalException("这条事件已经处理完毕或不存在。");
        var subscription = dispatcher.Subscriptions.FirstOrDefault(s => s.HandlerId == handler)
            ?? throw new PortalException($"处理程序“{handler}”已不存在（模块可能已移除）。");
        var record = await db.Events.AsNoTracking().FirstAsync(e => e.Sequence == sequence, cancellationToken);
        var source = tenant.RequiredShell;
        var target = await dispatcher.TargetAsync(subscription, source, cancellationToken)
            ?? throw new PortalException("上级站点当前未运行，无法投递这条事件。");
        var error = await dispatcher.DeliverAsync(db, subscription, record, source, target, failure.Attempts + 1, cancellationToken);
        if (error is null)
        {
            db.Failures.Remove(failure);
        }
        else
        {
            failure.Attempts++;
            failure.LastError = error.Length > 2000 ? error[..2000] : error;
            failure.NextAttemptUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return error;
    }
}

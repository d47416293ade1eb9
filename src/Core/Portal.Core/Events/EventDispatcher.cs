using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Core.Cluster;
using Portal.Core.Tenants;
using Portal.Core.Tenants.Hierarchy;

namespace Portal.Core.Events;

/// <summary>
/// Delivers each site's outbox to the subscribed handlers: per handler in outbox order, at least once,
/// skipping ids the handler already finished. A failing delivery holds that handler (order is kept),
/// is retried with doubling delays and, after <see cref="EventDispatchOptions.MaxAttempts"/>, is parked
/// so the handler can go on; the 系统管理员 retries parked ones on the admin page.
/// </summary>
internal sealed class EventDispatcher(
    IEnumerable<EventSubscription> subscriptions,
    TenantScopeFactory scopes,
    TenantHierarchy hierarchy,
    ShellHost shells,
    ClusterRounds rounds,
    IOptions<EventDispatchOptions> options,
    TimeProvider clock,
    ILogger<EventDispatcher> logger) : IClusterRound
{
    public const string RoundLock = "portal.events.dispatch";
    private const int BatchSize = 100;
    private readonly IReadOnlyList<EventSubscription> _subscriptions = [.. subscriptions];

    public IReadOnlyList<EventSubscription> Subscriptions => _subscriptions;

    public string LockName => RoundLock;

    public TimeSpan Interval => options.Value.Interval;

    public bool HasWork => _subscriptions.Count > 0;

    /// <summary>One round over the active sites, under the cluster lock; false when another node holds it.</summary>
    public Task<bool> DispatchActiveAsync(CancellationToken cancellationToken = default) => rounds.RunAsync(this, cancellationToken);

    Task IClusterRound.RunAsync(TenantShell tenant, CancellationToken cancellationToken) => DispatchAsync(tenant, cancellationToken);

    /// <summary>Delivers what is due in one site's outbox; returns the number of deliveries that succeeded.</summary>
    public async Task<int> DispatchAsync(TenantShell source, CancellationToken cancellationToken = default)
    {
        if (_subscriptions.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.Create(source);
        var db = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var delivered = 0;
        foreach (var subscription in _subscriptions)
        {
            // A handler whose feature is off waits (its cursor stays): switched on again, it catches up.
            if (await TargetAsync(subscription, source, cancellationToken) is { } target && target.HasFeature(subscription.FeatureId))
            {
                delivered += await DispatchHandlerAsync(db, subscription, source, target, cancellationToken);
            }
        }

        return delivered;
    }

    /// <summary>The site whose handlers get the event: the publisher, or its running parent for parent-bound events.</summary>
    internal async Task<TenantShell?> TargetAsync(EventSubscription subscription, TenantShell source, CancellationToken cancellationToken)
    {
        if (!subscription.ToParent)
        {
            return source;
        }

        if (source.Tenant.ParentName is not { } parentName || await hierarchy.FindAsync(parentName, cancellationToken) is not { State: TenantState.Running } parent)
        {
            return null;
        }

        return await shells.GetAsync(parent, cancellationToken);
    }

    /// <summary>Runs the handler once for <paramref name="record"/>; returns the error, or null when it is done.</summary>
    internal async Task<string?> DeliverAsync(EventsDbContext db, EventSubscription subscription, EventRecord record, TenantShell source, TenantShell target, int attempt, CancellationToken cancellationToken)
    {
        if (await db.Handled.AnyAsync(h => h.Handler == subscription.HandlerId && h.EventId == record.EventId, cancellationToken))
        {
            return null;
        }

        try
        {
            var @event = (IPortalEvent)JsonSerializer.Deserialize(record.Payload, subscription.EventType, PortalJson.Options)!;
            var context = new EventContext(record.EventId, record.Sequence, source.Name, record.OccurredUtc, attempt);
            await using var scope = scopes.Create(target);
            await subscription.Invoke(scope.ServiceProvider, @event, context, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Handler {Handler} failed on event {Sequence} of tenant {Tenant} (attempt {Attempt})", subscription.HandlerId, record.Sequence, source.Name, attempt);
            return $"{exception.GetType().Name}: {exception.Message}";
        }

        db.Handled.Add(new HandledEvent { Handler = subscription.HandlerId, EventId = record.EventId, HandledUtc = clock.GetUtcNow().UtcDateTime });
        return null;
    }

    private async Task<int> DispatchHandlerAsync(EventsDbContext db, EventSubscription subscription, TenantShell source, TenantShell target, CancellationToken cancellationToken)
    {
        var cursor = await db.Cursors.FindAsync([subscription.HandlerId], cancellationToken);
        if (cursor is null)
        {
            cursor = new EventCursor { Handler = subscription.HandlerId };
            db.Cursors.Add(cursor);
        }

        var batch = await db.Events.AsNoTracking()
            .Where(e => e.Type == subscription.EventName && e.Sequence > cursor.Position)
            .OrderBy(e => e.Sequence).Take(BatchSize).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var record in batch)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var failure = await db.Failures.FindAsync([subscription.HandlerId, record.Sequence], cancellationToken);
            if (failure is not null && failure.NextAttemptUtc > now)
            {
                break;
            }

            var error = await DeliverAsync(db, subscription, record, source, target, (failure?.Attempts ?? 0) + 1, cancellationToken);
            if (error is null)
            {
                cursor.Position = record.Sequence;
                if (failure is not null)
                {
                    db.Failures.Remove(failure);
                }

                await db.SaveChangesAsync(cancellationToken);
                delivered++;
                continue;
            }

            if (failure is null)
            {
                failure = new EventFailure { Handler = subscription.HandlerId, Sequence = record.Sequence };
                db.Failures.Add(failure);
            }

            failure.Attempts++;
            failure.LastError = error.Length > 2000 ? error[..2000] : error;
            if (failure.Attempts >= options.Value.MaxAttempts)
            {
                // Parked: the handler goes on with later events; the admin page shows this one.
                failure.Parked = true;
                cursor.Position = record.Sequence;
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }

            failure.NextAttemptUtc = now + (options.Value.FirstRetryDelay * Math.Pow(2, failure.Attempts - 1));
            await db.SaveChangesAsync(cancellationToken);
            break;
        }

        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return delivered;
    }
}

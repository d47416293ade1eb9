namespace Portal.Core.Events;

/// <summary>
/// Reacts to one event type. Runs in a scope of the site the event is for (the publisher, or its
/// parent for parent-bound events), once across the cluster, after the publishing transaction has
/// committed. Delivery is at least once: a handler that throws is tried again later.
/// </summary>
public interface IEventSubscriber<in TEvent>
    where TEvent : IPortalEvent
{
    Task HandleAsync(TEvent @event, EventContext context, CancellationToken cancellationToken);
}

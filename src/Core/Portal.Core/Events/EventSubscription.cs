using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Events;

/// <summary>One handler of one event type, as registered by <see cref="EventServiceCollectionExtensions.AddEventHandler{TEvent, THandler}"/>.</summary>
internal sealed record EventSubscription(string HandlerId, string FeatureId, string EventName, Type EventType, bool ToParent)
{
    public required Func<IServiceProvider, IPortalEvent, EventContext, CancellationToken, Task> Invoke { get; init; }

    public static EventSubscription For<TEvent, THandler>(string handlerId, string featureId)
        where TEvent : IPortalEvent
        where THandler : class, IEventSubscriber<TEvent>
        => new(handlerId, featureId, EventTypeAttribute.NameOf(typeof(TEvent)), typeof(TEvent), typeof(IParentSiteEvent).IsAssignableFrom(typeof(TEvent)))
        {
            Invoke = (services, @event, context, cancellationToken) => services.GetRequiredService<THandler>().HandleAsync((TEvent)@event, context, cancellationToken),
        };
}

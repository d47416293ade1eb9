using Microsoft.Extensions.DependencyInjection;

namespace Portal.Core.Events;

public static class EventServiceCollectionExtensions
{
    /// <summary>
    /// Subscribes <typeparamref name="THandler"/> to <typeparamref name="TEvent"/> while
    /// <paramref name="featureId"/> is on for the site it runs in. <paramref name="handlerId"/> is stored
    /// with its cursor and handled ids: an explicit string, never changed (e.g. "statistics.count-published").
    /// </summary>
    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services, string handlerId, string featureId)
        where TEvent : IPortalEvent
        where THandler : class, IEventSubscriber<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(EventSubscription.For<TEvent, THandler>(handlerId, featureId));
        return services;
    }
}

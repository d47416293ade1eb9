using System.Text.Json;

namespace Portal.Core.Events;

/// <summary>One event as read back from a site's outbox by a reader that keeps its own cursor (<see cref="EventLog"/>).</summary>
public sealed record LoggedEvent(long Sequence, Guid EventId, string Type, string Payload)
{
    /// <summary>The payload as the event record it was published as.</summary>
    public T As<T>()
        where T : IPortalEvent
        => JsonSerializer.Deserialize<T>(Payload, PortalJson.Options)
            ?? throw new InvalidOperationException($"Event {Sequence} ({Type}) has an empty payload.");
}

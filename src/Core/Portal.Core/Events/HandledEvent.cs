namespace Portal.Core.Events;

/// <summary>An event a handler has finished with (portal_event_handled): a second delivery is skipped.</summary>
internal sealed class HandledEvent
{
    public string Handler { get; set; } = "";

    public Guid EventId { get; set; }

    public DateTime HandledUtc { get; set; }
}

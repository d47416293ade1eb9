namespace Portal.Core.Events;

/// <summary>How far a handler has got in a site's outbox (portal_event_cursors).</summary>
internal sealed class EventCursor
{
    public string Handler { get; set; } = "";

    public long Position { get; set; }
}

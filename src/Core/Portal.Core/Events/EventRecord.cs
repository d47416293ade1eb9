namespace Portal.Core.Events;

/// <summary>One row of a site's outbox (portal_events): written in the transaction of the module's own write.</summary>
internal sealed class EventRecord
{
    /// <summary>Increasing per site: the order of delivery.</summary>
    public long Sequence { get; set; }

    public Guid EventId { get; set; }

    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime OccurredUtc { get; set; }

    /// <summary>Delivered to the parent site's handlers instead of this site's.</summary>
    public bool ToParent { get; set; }
}

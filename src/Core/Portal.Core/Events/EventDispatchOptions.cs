namespace Portal.Core.Events;

/// <summary>Bound from "Portal:Events".</summary>
public sealed class EventDispatchOptions
{
    /// <summary>How often the dispatcher looks at the active sites' outboxes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed deliveries before the event is parked for the 系统管理员.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first failure; each further failure doubles it.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Delivered events older than this many days are deleted from the outbox (the newest is always kept).</summary>
    public int PruneAfterDays { get; set; } = 30;

    /// <summary>How often the pruning round runs (on one node at a time).</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}

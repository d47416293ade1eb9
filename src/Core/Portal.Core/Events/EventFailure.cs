namespace Portal.Core.Events;

/// <summary>
/// A delivery that threw (portal_event_failures): retried with growing delays, then parked for the
/// 系统管理员, who sees it on the admin page and can retry it.
/// </summary>
internal sealed class EventFailure
{
    public string Handler { get; set; } = "";

    public long Sequence { get; set; }

    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public string LastError { get; set; } = "";

    public bool Parked { get; set; }
}

namespace Portal.Core.Events;

/// <summary>A delivery that failed, as the 系统管理员 sees it: parked, or waiting for its next attempt.</summary>
public sealed record ParkedEvent(string Handler, long Sequence, Guid EventId, string Type, DateTime OccurredUtc, int Attempts, string LastError, bool Parked, DateTime NextAttemptUtc);

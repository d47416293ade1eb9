namespace Portal.Core.Events;

/// <summary>
/// What a handler knows about the delivery besides the event: its id (the same on every retry, so a
/// handler that writes can make itself idempotent by it) and the site that published it — the handler's
/// own site, or a child site for an <see cref="IParentSiteEvent"/>.
/// </summary>
public sealed record EventContext(Guid EventId, long Sequence, string SourceTenant, DateTime OccurredUtc, int Attempt);

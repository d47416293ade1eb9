using Portal.Core.Events;

namespace Portal.Modules.Content.Contracts;

/// <summary>An item of this site is no longer shown to the public (withdrawn by hand or on its scheduled time).</summary>
[EventType("content.unpublished")]
public sealed record ContentUnpublished(long ItemId, string Column, string Title, string UnpublishedBy) : IPortalEvent;

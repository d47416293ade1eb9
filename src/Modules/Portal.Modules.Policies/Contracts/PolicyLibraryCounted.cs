using Portal.Core.Events;

namespace Portal.Modules.Policies.Contracts;

/// <summary>
/// Sent to the parent site after a document is published or unpublished: how many documents this site
/// now publishes — an aggregate for the parent's statistics, nothing personal.
/// </summary>
[EventType("policies.library-counted")]
public sealed record PolicyLibraryCounted(int PublishedCount) : IParentSiteEvent;

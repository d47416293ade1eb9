using Portal.Core.Events;

namespace Portal.Modules.Policies.Contracts;

/// <summary>
/// Someone asked for this site's search indexes to be built again from the documents (the admin page, or
/// `search rebuild` while a host owns the index). Every node rebuilds its own index when it reads this.
/// </summary>
[EventType("policies.index-rebuild-requested")]
public sealed record PolicyIndexRebuildRequested(string RequestedBy) : IPortalEvent;

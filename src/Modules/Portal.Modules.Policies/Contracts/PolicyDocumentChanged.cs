using Portal.Core.Events;

namespace Portal.Modules.Policies.Contracts;

/// <summary>
/// A policy document of this site was created or changed (also published, unpublished or given an
/// attachment). Published tells subscribers whether the public now sees it.
/// </summary>
[EventType("policies.document-changed")]
public sealed record PolicyDocumentChanged(long DocumentId, string Title, string? DocNumber, bool Published, int Version) : IPortalEvent;

using Portal.Core.Events;

namespace Portal.Modules.Content.Contracts;

/// <summary>
/// An item of this site became visible to the public (or its published version changed). <see cref="SharedDown"/>:
/// the item is offered to the sites below (they show it in a column they chose). Kind is "article", "notice" or "page".
/// </summary>
[EventType("content.published")]
public sealed record ContentPublished(long ItemId, string Column, string Kind, string Title, bool SharedDown, string PublishedBy) : IPortalEvent;

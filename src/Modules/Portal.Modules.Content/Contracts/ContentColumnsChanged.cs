using Portal.Core.Events;

namespace Portal.Modules.Content.Contracts;

/// <summary>The site's columns changed, or it hid or showed again an ancestor's shared item: its menus and lists change.</summary>
[EventType("content.columns-changed")]
public sealed record ContentColumnsChanged(string Column, string ChangedBy) : IPortalEvent;

using Portal.Core.Events;

namespace Portal.Modules.Content.Contracts;

/// <summary>A 审核员 returned a submitted item with a comment (workflows tell the editor who submitted it).</summary>
[EventType("content.returned")]
public sealed record ContentReturned(long ItemId, string Column, string Title, string Comment, string SubmittedBy, string ReturnedBy) : IPortalEvent;

using Portal.Core.Events;

namespace Portal.Modules.Content.Contracts;

/// <summary>An editor submitted an item for review in a column that needs it (workflows remind the 审核员).</summary>
[EventType("content.submitted")]
public sealed record ContentSubmitted(long ItemId, string Column, string Title, string SubmittedBy) : IPortalEvent;

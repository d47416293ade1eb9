using Portal.Core.Events;

namespace Portal.Modules.Archives.Contracts;

/// <summary>A file was added or changed (workflows, statistics). Ids and status only: no personal data in events.</summary>
[EventType("archives.record-changed")]
public sealed record ArchiveRecordChanged(int RecordId, string FormKey, int UnitId, string Status, bool Added, int Version) : IPortalEvent;

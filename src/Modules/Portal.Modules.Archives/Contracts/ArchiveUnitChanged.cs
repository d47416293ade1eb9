using Portal.Core.Events;

namespace Portal.Modules.Archives.Contracts;

/// <summary>
/// A 单位 was added, changed or removed. Accounts are bound to units by name (ADR 0041): a subscriber that keeps
/// bindings reads <paramref name="PreviousName"/> to follow a rename. No personal data.
/// </summary>
[EventType("archives.unit-changed")]
public sealed record ArchiveUnitChanged(int UnitId, string Name, string Code, string Type, int? ParentId, string? PreviousName, bool Removed, int Version) : IPortalEvent;

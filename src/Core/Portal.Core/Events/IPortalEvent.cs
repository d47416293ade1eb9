namespace Portal.Core.Events;

/// <summary>
/// Something that happened in a module, published to handlers in any module. Events are records in
/// the publishing module's Contracts namespace and carry an explicit name (<see cref="EventTypeAttribute"/>)
/// so that stored events survive a class being moved or renamed.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1040", Justification = "A marker: the outbox accepts only types declared as events.")]
public interface IPortalEvent;

namespace Portal.Core.Events;

/// <summary>
/// An event delivered to the handlers of the publishing site's parent (the city of a county, the
/// province of a city) — how statistics roll up. Such an event carries aggregates only (counts, sums,
/// ids of public documents), never personal data: a parent never sees its children's personal records.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1040", Justification = "A marker: the address is part of the event's type, so it cannot be chosen by mistake at run time.")]
public interface IParentSiteEvent : IPortalEvent;

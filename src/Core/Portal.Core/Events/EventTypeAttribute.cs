namespace Portal.Core.Events;

/// <summary>The stored name of an event type, e.g. "policies.document-changed". Never change it once events are stored.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;

    /// <summary>The declared name of <paramref name="type"/>; a type without one is refused.</summary>
    public static string NameOf(Type type)
        => (GetCustomAttribute(type, typeof(EventTypeAttribute)) as EventTypeAttribute)?.Name
            ?? throw new InvalidOperationException($"Event type {type.FullName} has no [EventType(\"...\")] name.");
}

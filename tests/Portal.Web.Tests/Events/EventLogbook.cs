using System.Collections.Concurrent;
using Portal.Core.Events;

namespace Portal.Web.Tests.Events;

/// <summary>What the test subscribers saw, and which deliveries they should still refuse.</summary>
public sealed class EventLogbook
{
    public ConcurrentQueue<(string Tenant, object Event, EventContext Context)> Seen { get; } = new();

    /// <summary>Title → how many more deliveries of that document's events should throw.</summary>
    public ConcurrentDictionary<string, int> FailuresLeft { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<T> Of<T>(string tenant) => [.. Seen.Where(s => s.Tenant == tenant).Select(s => s.Event).OfType<T>()];
}

using System.Collections.Concurrent;

namespace Portal.Modules.Policies.Features.SearchReport;

/// <summary>
/// Counts of one site's searches since the last flush, in memory: a search never waits for a database
/// write. Held as a shell resource; <see cref="SearchTermFlushTask"/> writes it out every half minute.
/// </summary>
internal sealed class SearchTermBuffer
{
    private ConcurrentDictionary<(DateOnly Week, string Query), SearchTermCounts> _counts = new();

    public void Add(DateOnly week, string query, bool zeroResults)
    {
        var counts = _counts.GetOrAdd((week, query), _ => new SearchTermCounts());
        Interlocked.Increment(ref counts.Searches);
        if (zeroResults)
        {
            Interlocked.Increment(ref counts.ZeroResults);
        }
    }

    /// <summary>Takes everything counted so far; later searches go to a fresh buffer.</summary>
    public IReadOnlyList<((DateOnly Week, string Query) Key, int Searches, int ZeroResults)> Drain()
    {
        var taken = Interlocked.Exchange(ref _counts, new ConcurrentDictionary<(DateOnly, string), SearchTermCounts>());
        return [.. taken.Select(pair => (pair.Key, Volatile.Read(ref pair.Value.Searches), Volatile.Read(ref pair.Value.ZeroResults)))];
    }

    /// <summary>Puts counts back after a failed write, so a database hiccup loses nothing.</summary>
    public void Return(IEnumerable<((DateOnly Week, string Query) Key, int Searches, int ZeroResults)> rows)
    {
        foreach (var (key, searches, zero) in rows)
        {
            var counts = _counts.GetOrAdd(key, _ => new SearchTermCounts());
            Interlocked.Add(ref counts.Searches, searches);
            Interlocked.Add(ref counts.ZeroResults, zero);
        }
    }
}

using System.Collections.Concurrent;

namespace Portal.Core.Web;

/// <summary>
/// The kept answers of anonymous public pages, in this process's memory (ADR 0032). Bounded: when the kept
/// bytes outgrow the budget everything is dropped (pages are rebuilt on demand; a crawl of endless queries
/// must not grow the process). Evicted by tag; an answer rendered while an eviction ran is not kept, so a
/// page read before an edit can never be stored after the edit dropped its copy.
/// </summary>
public sealed class PublicPageStore
{
    /// <summary>Kept bytes before everything is dropped (the output cache's former default size limit).</summary>
    public const long DefaultBudgetBytes = 100L * 1024 * 1024;

    /// <summary>Larger answers are served but never kept.</summary>
    public const int MaxPageBytes = 1024 * 1024;

    /// <summary>Anything not evicted by a signal (a change written by another process without one) is stale at most this long.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, StoredPage> _pages = new(StringComparer.Ordinal);
    private readonly long _budgetBytes;
    private long _bytes;
    private long _generation;

    public PublicPageStore()
        : this(DefaultBudgetBytes)
    {
    }

    internal PublicPageStore(long budgetBytes) => _budgetBytes = budgetBytes;

    public int Count => _pages.Count;

    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Moves on with every eviction: a render that began before one may hold what the eviction dropped.</summary>
    internal long Generation => Interlocked.Read(ref _generation);

    internal StoredPage? Find(string key)
    {
        if (!_pages.TryGetValue(key, out var page))
        {
            return null;
        }

        if (page.ExpiresTicks > Environment.TickCount64)
        {
            return page;
        }

        Remove(key, page);
        return null;
    }

    /// <summary>Keeps <paramref name="page"/> unless an eviction ran since <paramref name="generation"/> was read (before the render).</summary>
    internal void Store(string key, StoredPage page, long generation)
    {
        if (Generation != generation)
        {
            return;
        }

        StoredPage? replaced = null;
        _pages.AddOrUpdate(key, page, (_, old) =>
        {
            replaced = old;
            return page;
        });
        Interlocked.Add(ref _bytes, page.Bytes - (replaced?.Bytes ?? 0));

        // An eviction that began after the check above either sees this entry in its scan or moved the generation.
        if (Generation != generation)
        {
            Remove(key, page);
            return;
        }

        if (Bytes > _budgetBytes)
        {
            Clear();
        }
    }

    /// <summary>Drops every kept answer carrying <paramref name="tag"/>.</summary>
    public void EvictByTag(string tag)
    {
        Interlocked.Increment(ref _generation);
        foreach (var (key, page) in _pages)
        {
            if (page.HasTag(tag))
            {
                Remove(key, page);
            }
        }
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        foreach (var (key, page) in _pages)
        {
            Remove(key, page);
        }
    }

    private void Remove(string key, StoredPage page)
    {
        if (_pages.TryRemove(KeyValuePair.Create(key, page)))
        {
            Interlocked.Add(ref _bytes, -page.Bytes);
        }
    }
}

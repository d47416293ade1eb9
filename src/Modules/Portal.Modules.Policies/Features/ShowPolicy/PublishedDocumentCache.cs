using System.Collections.Concurrent;
using Portal.Core.Web;

namespace Portal.Modules.Policies.Features.ShowPolicy;

/// <summary>
/// The published documents pages have shown, per publishing site, so a document page does not go to the
/// database on every view. A site's entries are dropped when its content changes (the signal that drops its
/// cached pages, see <see cref="ITenantContentCache"/>); the whole cache is dropped when it outgrows its budget.
/// </summary>
internal sealed class PublishedDocumentCache : ITenantContentCache
{
    /// <summary>About 64 MB of text (bodies are held as stored HTML, two bytes a character).</summary>
    private const long DefaultBudgetCharacters = 32 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Site> _sites = new(StringComparer.Ordinal);
    private readonly long _budgetCharacters;
    private long _characters;

    public PublishedDocumentCache()
        : this(DefaultBudgetCharacters)
    {
    }

    internal PublishedDocumentCache(long budgetCharacters) => _budgetCharacters = budgetCharacters;

    /// <summary>Characters of text kept: what the budget bounds.</summary>
    public long Characters => Interlocked.Read(ref _characters);

    /// <summary>The entries of one site; read before the database so a copy read across a change is put into a set already dropped.</summary>
    public Site For(string tenantName) => _sites.GetOrAdd(tenantName, _ => new Site(this));

    public void Forget(string tenantName)
    {
        if (_sites.TryRemove(tenantName, out var site))
        {
            Interlocked.Add(ref _characters, -site.Characters);
        }
    }

    private void Grow(long characters)
    {
        if (Interlocked.Add(ref _characters, characters) > _budgetCharacters)
        {
            foreach (var name in _sites.Keys)
            {
                Forget(name);
            }
        }
    }

    public sealed class Site(PublishedDocumentCache owner)
    {
        private readonly ConcurrentDictionary<long, PublishedDocument> _documents = new();
        private long _characters;

        public long Characters => Interlocked.Read(ref _characters);

        public bool TryGet(long id, out PublishedDocument found) => _documents.TryGetValue(id, out found!);

        public void Add(long id, PublishedDocument document)
        {
            if (_documents.TryAdd(id, document))
            {
                var characters = document.Characters;
                Interlocked.Add(ref _characters, characters);
                owner.Grow(characters);
            }
        }
    }
}

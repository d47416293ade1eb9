using System.Collections.Concurrent;
using Portal.Core.Web;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>
/// The library page's search answers (hits and facet counts), per chain of searched sites (the site, its city, its
/// province) and query, so a repeated search costs no index work. A chain's answers are dropped when any site in it
/// changes content (the signal that drops cached pages, see <see cref="ITenantContentCache"/>: edits, imports,
/// synonyms, rebuilds, on every node through the index catch-up); everything is dropped when the kept text outgrows
/// its budget, so endless distinct queries cannot grow the process.
/// </summary>
internal sealed class SearchAnswerCache : ITenantContentCache
{
    /// <summary>About 32 MB of text (two bytes a character).</summary>
    private const long DefaultBudgetCharacters = 16 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Chain> _chains = new(StringComparer.Ordinal);
    private readonly long _budgetCharacters;
    private long _characters;

    public SearchAnswerCache()
        : this(DefaultBudgetCharacters)
    {
    }

    internal SearchAnswerCache(long budgetCharacters) => _budgetCharacters = budgetCharacters;

    /// <summary>Characters of text kept (titles, snippets, facet values …): what the budget bounds.</summary>
    public long Characters => Interlocked.Read(ref _characters);

    /// <summary>The answers for searches over <paramref name="sources"/>; taken before searching, so an answer read across a change goes into a chain already dropped.</summary>
    public Chain For(IReadOnlyList<PolicySource> sources) => For([.. sources.Select(s => s.Name)]);

    internal Chain For(string[] names) => _chains.GetOrAdd(string.Join('>', names), _ => new Chain(this, names));

    public void Forget(string tenantName)
    {
        foreach (var (key, chain) in _chains)
        {
            if (chain.Covers(tenantName))
            {
                Drop(key, chain);
            }
        }
    }

    private void Drop(string key, Chain chain)
    {
        if (_chains.TryRemove(KeyValuePair.Create(key, chain)))
        {
            chain.Dropped = true;
            Interlocked.Add(ref _characters, -chain.Characters);
        }
    }

    private void Grow(long characters)
    {
        if (Interlocked.Add(ref _characters, characters) > _budgetCharacters)
        {
            foreach (var (key, chain) in _chains)
            {
                Drop(key, chain);
            }
        }
    }

    /// <summary>The kept answers of one chain of sites.</summary>
    public sealed class Chain(SearchAnswerCache owner, string[] names)
    {
        private readonly ConcurrentDictionary<string, PolicySearchResult> _answers = new(StringComparer.Ordinal);
        private long _characters;

        internal volatile bool Dropped;

        public long Characters => Interlocked.Read(ref _characters);

        public bool Covers(string tenantName) => Array.IndexOf(names, tenantName) >= 0;

        public bool TryGet(PolicySearchRequest request, out PolicySearchResult result) => _answers.TryGetValue(KeyOf(request), out result!);

        public void Add(PolicySearchRequest request, PolicySearchResult result)
        {
            if (Dropped || !_answers.TryAdd(KeyOf(request), result))
            {
                return;
            }

            var characters = SizeOf(result);
            Interlocked.Add(ref _characters, characters);
            if (!Dropped)
            {
                owner.Grow(characters);
            }
        }
    }

    /// <summary>Everything of a request that changes its answer (the site's synonyms are dropped with its answers instead).</summary>
    internal static string KeyOf(PolicySearchRequest request) => string.Join('\u001f',
        request.Query, request.Issuer, request.Level, request.Year, request.Category, request.Validity,
        request.Exact ? "1" : "0", request.Sort, request.Page, request.Size);

    private static long SizeOf(PolicySearchResult result)
    {
        long characters = 64;
        foreach (var hit in result.Items)
        {
            characters += 64 + hit.Title.Length + hit.SnippetHtml.Length + (hit.DocNumber?.Length ?? 0) + (hit.Issuer?.Length ?? 0)
                + (hit.ExternalId?.Length ?? 0) + (hit.Category?.Length ?? 0);
        }

        foreach (var counts in result.Facets.Values)
        {
            foreach (var count in counts)
            {
                characters += 16 + count.Value.Length;
            }
        }

        return characters;
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// What the searched indexes contain: how many documents hold a character bigram in one field (by default
/// anywhere: title, number, body; or in titles only). One instance per search and field. The typo corrector and
/// the sound-alike passage ask for hundreds of pairs per query; each <c>reader.DocFreq</c> opened a terms
/// enumerator per segment, cloning its file input, and every clone takes a process-wide lock (Lucene.Net's MMap
/// clone tracking), which serialised concurrent searches (issue 14, finding 17). So one enumerator per segment is
/// reused for the whole search, and counts are remembered per segment core (immutable, shared by every search of
/// that segment) in a bounded cache.
/// </summary>
internal sealed class IndexLexicon
{
    /// <summary>Pairs remembered per segment; beyond this a segment's counts are looked up each time.</summary>
    private const int MaxCachedPairs = 200_000;

    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<int, int>> SharedText = new();
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<int, int>> SharedTitle = new();

    private readonly IndexReader _reader;
    private readonly string _field;
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly TermsEnum?[] _enums;
    private readonly bool[] _opened;
    private readonly ConcurrentDictionary<int, int>[] _caches;
    private readonly BytesRef _bytes = new(new byte[6]);
    private readonly char[] _pair = new char[2];

    public IndexLexicon(IndexReader reader, string field = PolicyFields.TextBigram)
    {
        if (field is not (PolicyFields.TextBigram or PolicyFields.TitleBigram))
        {
            throw new ArgumentOutOfRangeException(nameof(field), field, "Only the bigram fields have a lexicon.");
        }

        _reader = reader;
        _field = field;
        var shared = field == PolicyFields.TitleBigram ? SharedTitle : SharedText;
        _leaves = reader.Leaves;
        _enums = new TermsEnum?[_leaves.Count];
        _opened = new bool[_leaves.Count];
        _caches = new ConcurrentDictionary<int, int>[_leaves.Count];
        for (var i = 0; i < _leaves.Count; i++)
        {
            // Many lock stripes and room up front: concurrent searches add pairs at once, and a resize locks all.
            _caches[i] = shared.GetValue(_leaves[i].AtomicReader.CoreCacheKey, _ => new ConcurrentDictionary<int, int>(concurrencyLevel: 64, capacity: 16_384));
        }
    }

    public int DocumentCount => _reader.NumDocs;

    /// <summary>Documents containing the two characters side by side (deleted ones may still count until merged).</summary>
    public int DocFreq(char first, char second)
    {
        var key = (first << 16) | second;
        var total = 0;
        for (var i = 0; i < _leaves.Count; i++)
        {
            var cache = _caches[i];
            if (!cache.TryGetValue(key, out var count))
            {
                count = Lookup(i, first, second);
                if (cache.Count < MaxCachedPairs)
                {
                    cache.TryAdd(key, count);
                }
            }

            total += count;
        }

        return total;
    }

    /// <summary>
    /// Characters that follow <paramref name="first"/> in some bigram of the field, at most
    /// <paramref name="max"/> (terms are read in order; a left-out character is looked for among them).
    /// </summary>
    public IReadOnlySet<char> Following(char first, int max)
    {
        var result = new HashSet<char>();
        var prefix = new BytesRef(new byte[3]);
        UnicodeUtil.UTF16toUTF8(new[] { first }, 0, 1, prefix);
        for (var i = 0; i < _leaves.Count && result.Count < max; i++)
        {
            if (Terms(i) is not { } terms || terms.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                var term = terms.Term;
                if (!StringHelper.StartsWith(term, prefix))
                {
                    break;
                }

                var text = term.Utf8ToString();
                if (text.Length == 2)
                {
                    result.Add(text[1]);
                }
            }
            while (result.Count < max && terms.MoveNext());
        }

        return result;
    }

    private TermsEnum? Terms(int leaf)
    {
        if (!_opened[leaf])
        {
            _opened[leaf] = true;
            _enums[leaf] = _leaves[leaf].AtomicReader.GetTerms(_field)?.GetEnumerator();
        }

        return _enums[leaf];
    }

    private int Lookup(int leaf, char first, char second)
    {
        if (Terms(leaf) is not { } terms)
        {
            return 0;
        }

        (_pair[0], _pair[1]) = (first, second);
        UnicodeUtil.UTF16toUTF8(_pair, 0, 2, _bytes);
        return terms.SeekExact(_bytes) ? terms.DocFreq : 0;
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// One pass over all query matches: applies the facet filters from doc values, forwards documents that pass
/// every filter to the top-N collector, and counts each facet over documents that pass all *other* filters.
/// Cost per match is a few array reads (<see cref="FacetOrdinals"/>); no stored fields are touched.
/// </summary>
internal sealed class FacetFilterCollector : ICollector
{
    private readonly ICollector _inner;
    private readonly string[] _fields;
    private readonly string?[] _filters;
    private readonly Dictionary<string, int>[] _counts;
    private readonly SortedDocValues?[] _values;
    private readonly int[]?[] _ordinals;
    private readonly int[] _filterOrds;
    private int[][] _segmentCounts = [];

    /// <param name="filters">Filter value per facet field (null = no filter), same order as <paramref name="fields"/>.</param>
    public FacetFilterCollector(ICollector inner, IReadOnlyList<string> fields, IReadOnlyList<string?> filters)
    {
        _inner = inner;
        _fields = [.. fields];
        _filters = [.. filters];
        _counts = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _values = new SortedDocValues?[_fields.Length];
        _ordinals = new int[]?[_fields.Length];
        _filterOrds = new int[_fields.Length];
    }

    /// <summary>Documents that passed every filter.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => _inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => _inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _segmentCounts = new int[_fields.Length][];
        for (var i = 0; i < _fields.Length; i++)
        {
            var values = context.AtomicReader.GetSortedDocValues(_fields[i]);
            _values[i] = values;
            _ordinals[i] = FacetOrdinals.Get(context.AtomicReader, _fields[i], values);
            _segmentCounts[i] = new int[(values?.ValueCount ?? 0) + 1];

            // -2: no filter; -1 after lookup: value absent from this segment, nothing can pass.
            _filterOrds[i] = _filters[i] is { } filter
                ? (values is null ? -1 : Math.Max(-1, values.LookupTerm(new BytesRef(filter))))
                : -2;
        }

        _inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        Span<int> ords = stackalloc int[_fields.Length];
        var failed = 0;
        for (var i = 0; i < _fields.Length; i++)
        {
            ords[i] = _ordinals[i] is { } ordinals ? ordinals[doc] : -1;
            if (_filterOrds[i] != -2 && ords[i] != _filterOrds[i])
            {
                failed |= 1 << i;
            }
        }

        if (failed == 0)
        {
            TotalHits++;
            _inner.Collect(doc);
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            // Passing every filter except possibly this facet's own.
            if ((failed & ~(1 << i)) == 0 && ords[i] >= 0)
            {
                _segmentCounts[i][ords[i]]++;
            }
        }
    }

    /// <summary>Counts per facet, most frequent first, at most <paramref name="limit"/> values each.</summary>
    public Dictionary<string, IReadOnlyList<FacetCount>> Facets(int limit)
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetCount>>(StringComparer.Ordinal);
        for (var i = 0; i < _fields.Length; i++)
        {
            result[_fields[i]] = _counts[i]
                .OrderByDescending(pair => pair.Value)
                .ThenBy(pair => pair.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(pair => new FacetCount(pair.Key, pair.Value))
                .ToList();
        }

        return result;
    }

    private void FlushSegment()
    {
        for (var i = 0; i < _segmentCounts.Length; i++)
        {
            var values = _values[i];
            if (values is null)
            {
                continue;
            }

            var counts = _segmentCounts[i];
            var term = new BytesRef();
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                _counts[i][key] = _counts[i].GetValueOrDefault(key) + counts[ord];
            }
        }

        _segmentCounts = [];
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Exact phrases of one field that share terms, scored together (<see cref="SharedPositionsQuery"/>): each distinct
/// term's positions are read once per document, and each phrase is counted from them as Lucene's exact phrase
/// scorer counts it (start positions, from zero, where every term sits at its offset), then scored by the
/// similarity from the phrase's own statistics, as <see cref="PhraseQuery"/> does.
/// </summary>
internal sealed class PhraseGroup
{
    private readonly string _field;
    private readonly Term[] _terms;
    private readonly TermContext[] _states;
    private readonly int[][] _phraseTerms;
    private readonly int[][] _offsets;

    public PhraseGroup(IReadOnlyList<PhraseQuery> phrases, IndexSearcher searcher)
    {
        _field = phrases[0].GetTerms()[0].Field;
        var distinct = new Dictionary<Term, int>();
        var terms = new List<Term>();
        var states = new List<TermContext>();
        _phraseTerms = new int[phrases.Count][];
        _offsets = new int[phrases.Count][];
        Stats = new Similarity.SimWeight[phrases.Count];
        var collection = searcher.CollectionStatistics(_field);
        for (var p = 0; p < phrases.Count; p++)
        {
            var phraseTerms = phrases[p].GetTerms();
            _offsets[p] = phrases[p].GetPositions();
            _phraseTerms[p] = new int[phraseTerms.Length];
            var statistics = new TermStatistics[phraseTerms.Length];
            for (var i = 0; i < phraseTerms.Length; i++)
            {
                if (!distinct.TryGetValue(phraseTerms[i], out var index))
                {
                    index = terms.Count;
                    distinct.Add(phraseTerms[i], index);
                    terms.Add(phraseTerms[i]);
                    states.Add(TermContext.Build(searcher.TopReaderContext, phraseTerms[i]));
                }

                _phraseTerms[p][i] = index;
                statistics[i] = searcher.TermStatistics(phraseTerms[i], states[index]);
            }

            Stats[p] = searcher.Similarity.ComputeWeight(phrases[p].Boost, collection, statistics);
        }

        _terms = [.. terms];
        _states = [.. states];
    }

    /// <summary>Per phrase, as <c>PhraseWeight</c> keeps them: normalised with the query, then scoring each segment.</summary>
    public Similarity.SimWeight[] Stats { get; }

    /// <summary>The phrases of one segment; null when none of them can match there (a term is missing).</summary>
    public Segment? Open(AtomicReaderContext context, IBits? acceptDocs, Similarity similarity)
    {
        if (context.AtomicReader.GetTerms(_field) is not { } fieldTerms)
        {
            return null;
        }

        var termsEnum = fieldTerms.GetEnumerator();
        var postings = new DocsAndPositionsEnum?[_terms.Length];
        for (var i = 0; i < _terms.Length; i++)
        {
            if (_states[i].Get(context.Ord) is { } state)
            {
                termsEnum.SeekExact(_terms[i].Bytes, state);
                postings[i] = termsEnum.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE);
            }
        }

        var usable = Enumerable.Range(0, _phraseTerms.Length)
            .Where(p => _phraseTerms[p].All(term => postings[term] is not null))
            .ToArray();
        if (usable.Length == 0)
        {
            return null;
        }

        var scorers = usable.Select(p => similarity.GetSimScorer(Stats[p], context)).ToArray();
        return new Segment(postings, [.. usable.Select(p => _phraseTerms[p])], [.. usable.Select(p => _offsets[p])], scorers);
    }

    /// <summary>The postings of one segment, moved forward document by document as the required clause visits them.</summary>
    internal sealed class Segment
    {
        private readonly DocsAndPositionsEnum?[] _postings;
        private readonly int[][] _phraseTerms;
        private readonly int[][] _offsets;
        private readonly Similarity.SimScorer[] _scorers;
        private readonly int[] _used;
        private readonly bool[] _present;
        private readonly bool[] _loaded;
        private readonly int[][] _positions;
        private readonly int[] _counts;
        private readonly int[] _cursor;

        public Segment(DocsAndPositionsEnum?[] postings, int[][] phraseTerms, int[][] offsets, Similarity.SimScorer[] scorers)
        {
            _postings = postings;
            _phraseTerms = phraseTerms;
            _offsets = offsets;
            _scorers = scorers;
            _used = [.. phraseTerms.SelectMany(terms => terms).Distinct()];
            _present = new bool[postings.Length];
            _loaded = new bool[postings.Length];
            _positions = [.. postings.Select(_ => new int[16])];
            _counts = new int[postings.Length];
            _cursor = new int[postings.Length];
        }

        /// <summary>Adds the score of every phrase found in <paramref name="doc"/>; whether any was.</summary>
        public bool AddScores(int doc, ref double sum)
        {
            foreach (var term in _used)
            {
                var postings = _postings[term]!;
                if (postings.DocID < doc)
                {
                    postings.Advance(doc);
                }

                _present[term] = postings.DocID == doc;
                _loaded[term] = false;
            }

            var matched = false;
            for (var p = 0; p < _phraseTerms.Length; p++)
            {
                if (Count(p) is var freq and > 0)
                {
                    sum += _scorers[p].Score(doc, freq);
                    matched = true;
                }
            }

            return matched;
        }

        /// <summary>Start positions (≥ 0, each once) where every term of the phrase sits at its offset.</summary>
        private int Count(int phrase)
        {
            var terms = _phraseTerms[phrase];
            var offsets = _offsets[phrase];
            foreach (var term in terms)
            {
                if (!_present[term])
                {
                    return 0;
                }

                Load(term);
                _cursor[term] = 0;
            }

            var freq = 0;
            var last = -1;
            var anchor = terms[0];
            for (var a = 0; a < _counts[anchor]; a++)
            {
                var start = _positions[anchor][a] - offsets[0];
                if (start <= last)
                {
                    continue;
                }

                if (AllAt(terms, offsets, start))
                {
                    freq++;
                    last = start;
                }
            }

            return freq;
        }

        private bool AllAt(int[] terms, int[] offsets, int start)
        {
            // A term may occur twice in a phrase; its cursor then serves both offsets, so search from the start.
            for (var i = 1; i < terms.Length; i++)
            {
                var term = terms[i];
                var wanted = start + offsets[i];
                var positions = _positions[term];
                var count = _counts[term];
                var at = _cursor[term];
                if (at > 0 && positions[at - 1] >= wanted)
                {
                    at = 0;
                }

                while (at < count && positions[at] < wanted)
                {
                    at++;
                }

                _cursor[term] = at;
                if (at == count || positions[at] != wanted)
                {
                    return false;
                }
            }

            return true;
        }

        private void Load(int term)
        {
            if (_loaded[term])
            {
                return;
            }

            var postings = _postings[term]!;
            var freq = postings.Freq;
            if (_positions[term].Length < freq)
            {
                _positions[term] = new int[Math.Max(freq, _positions[term].Length * 2)];
            }

            for (var i = 0; i < freq; i++)
            {
                _positions[term][i] = postings.NextPosition();
            }

            _counts[term] = freq;
            _loaded[term] = true;
        }
    }
}

using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// The first-stage query (a required clause and optional ones, coord off) with its exact text phrases scored from
/// one read of each term's positions per document. A relaxed search of a remembered sentence holds a dozen
/// overlapping phrases (the passage and its three-pair fragments): as separate <see cref="PhraseQuery"/> clauses
/// each pair's positions were read by three or four of them, on every document having the required words — tens of
/// thousands on a large library, most of the search's time. Scores are those of the <see cref="BooleanQuery"/> it
/// replaces, bit for bit: Lucene's BooleanScorer2 adds the required score to the optional scores summed in a double
/// and rounded to float once, each phrase scored by the same similarity from the same statistics and frequency.
/// </summary>
internal sealed class SharedPositionsQuery : Query
{
    private readonly BooleanQuery _source;
    private readonly Query _required;
    private readonly Query[] _optional;
    private readonly PhraseQuery[] _phrases;

    private SharedPositionsQuery(BooleanQuery source, Query required, Query[] optional, PhraseQuery[] phrases)
    {
        _source = source;
        _required = required;
        _optional = optional;
        _phrases = phrases;
        Boost = source.Boost;
    }

    /// <summary>
    /// The query with its exact phrases on the text field sharing positions, or the query itself when it is not
    /// one required clause plus optional ones (coord off) with at least two such phrases. Pass a rewritten query.
    /// </summary>
    public static Query Optimize(Query query)
    {
        if (query is not BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } boolean
            || boolean.Clauses.Count(clause => clause.Occur == Occur.MUST) != 1
            || boolean.Clauses.Any(clause => clause.Occur == Occur.MUST_NOT))
        {
            return query;
        }

        var phrases = boolean.Clauses
            .Where(clause => clause.Occur == Occur.SHOULD && IsTextPhrase(clause.Query))
            .Select(clause => (PhraseQuery)clause.Query)
            .ToArray();
        if (phrases.Length < 2)
        {
            return query;
        }

        var required = boolean.Clauses.Single(clause => clause.Occur == Occur.MUST).Query;
        var optional = boolean.Clauses
            .Where(clause => clause.Occur == Occur.SHOULD && !IsTextPhrase(clause.Query))
            .Select(clause => clause.Query)
            .ToArray();
        return new SharedPositionsQuery(boolean, required, optional, phrases);
    }

    private static bool IsTextPhrase(Query query) =>
        query is PhraseQuery { Slop: 0 } phrase && phrase.GetTerms() is { Length: >= 2 } terms && terms[0].Field == PolicyFields.TextBigram;

    public override Weight CreateWeight(IndexSearcher searcher) => new SharedPositionsWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => _source.ExtractTerms(terms);

    public override string ToString(string field) => "shared-positions(" + _source.ToString(field) + ")";

    public override bool Equals(object? obj) => obj is SharedPositionsQuery other && other._source.Equals(_source);

    public override int GetHashCode() => _source.GetHashCode() ^ 0x5f3a;

    private sealed class SharedPositionsWeight : Weight
    {
        private readonly SharedPositionsQuery _query;
        private readonly IndexSearcher _searcher;
        private readonly Similarity _similarity;
        private readonly Weight _required;
        private readonly Weight[] _optional;
        private readonly PhraseGroup _group;

        public SharedPositionsWeight(SharedPositionsQuery query, IndexSearcher searcher)
        {
            _query = query;
            _searcher = searcher;
            _similarity = searcher.Similarity;
            _required = query._required.CreateWeight(searcher);
            _optional = [.. query._optional.Select(optional => optional.CreateWeight(searcher))];
            _group = new PhraseGroup(query._phrases, searcher);
        }

        public override Query Query => _query;

        // As BooleanWeight: the sum of the clauses' values, times the square of the boost.
        public override float GetValueForNormalization()
        {
            var sum = _required.GetValueForNormalization();
            foreach (var optional in _optional)
            {
                sum += optional.GetValueForNormalization();
            }

            foreach (var stats in _group.Stats)
            {
                sum += stats.GetValueForNormalization();
            }

            return sum * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            topLevelBoost *= _query.Boost;
            _required.Normalize(norm, topLevelBoost);
            foreach (var optional in _optional)
            {
                optional.Normalize(norm, topLevelBoost);
            }

            foreach (var stats in _group.Stats)
            {
                stats.Normalize(norm, topLevelBoost);
            }
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (_required.GetScorer(context, acceptDocs) is not { } required)
            {
                return null;
            }

            var optional = _optional.Select(weight => weight.GetScorer(context, acceptDocs)).OfType<Scorer>().ToArray();
            return new SharedPositionsScorer(this, required, optional, _group.Open(context, acceptDocs, _similarity));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) =>
            _searcher.CreateNormalizedWeight(_query._source).Explain(context, doc);
    }

    private sealed class SharedPositionsScorer(Weight weight, Scorer required, Scorer[] optional, PhraseGroup.Segment? phrases) : Scorer(weight)
    {
        private int _scoredDoc = -1;
        private float _score;
        private bool _optionalMatched;

        public override int DocID => required.DocID;

        public override int Freq
        {
            get
            {
                GetScore();
                return _optionalMatched ? 2 : 1;
            }
        }

        public override int NextDoc() => required.NextDoc();

        public override int Advance(int target) => required.Advance(target);

        public override long GetCost() => required.GetCost();

        public override float GetScore()
        {
            var doc = required.DocID;
            if (doc == _scoredDoc)
            {
                return _score;
            }

            var requiredScore = required.GetScore();
            double sum = 0;
            var matched = false;
            foreach (var scorer in optional)
            {
                if (scorer.DocID < doc)
                {
                    scorer.Advance(doc);
                }

                if (scorer.DocID == doc)
                {
                    sum += scorer.GetScore();
                    matched = true;
                }
            }

            if (phrases is not null)
            {
                matched |= phrases.AddScores(doc, ref sum);
            }

            (_scoredDoc, _optionalMatched) = (doc, matched);
            _score = matched ? requiredScore + (float)sum : requiredScore;
            return _score;
        }
    }
}

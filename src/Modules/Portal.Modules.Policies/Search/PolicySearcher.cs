using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Searches one or more tenant indexes (a county sees its own, its city's and its province's documents).
/// Stateless and thread-safe; one instance can serve the whole process.
/// </summary>
internal sealed class PolicySearcher
{
    private const int MaxFacetValues = 100;
    private const int MaxWindow = 10_000;

    /// <summary>How many first-stage candidates the typo-tolerant passage scoring looks at.</summary>
    private const int RescoreWindow = 200;

    /// <summary>Candidates the one-typo passage variants (one phrase per character) are scored on.</summary>
    private const int TolerantWindow = 100;

    /// <summary>Hits checked for an exact passage match before typo-tolerant rescoring is tried.</summary>
    private const int TypoCheckWindow = 10;

    /// <summary>Candidates whose stored title is compared with the query (see TitlesFirst).</summary>
    private const int ExactTitleWindow = 20;

    /// <summary>Highest title tier a left-out-character guess can give (a title's tail or short form: 2).</summary>
    private const int GuessedTitleTier = 2;


    private static readonly Sort DateSort = new(
        new SortField(PolicyFields.DateSort, SortFieldType.INT64, reverse: true),
        SortField.FIELD_SCORE);

    private readonly int _minStrictResults;

    /// <param name="minStrictResults">
    /// Below this many matches with every word the searcher relaxes to most words, then to any word.
    /// </param>
    public PolicySearcher(int minStrictResults = 10)
    {
        _minStrictResults = Math.Max(1, minStrictResults);
    }

    public PolicySearchResult Search(IReadOnlyList<(string Tenant, PolicyIndex Index)> indexes, PolicySearchRequest request)
    {
        var size = Math.Clamp(request.Size, 1, PolicySearchRequest.MaxSize);
        var page = Math.Clamp(request.Page, 1, MaxWindow / size);
        if (indexes.Count == 0)
        {
            return PolicySearchResult.Empty(page, size);
        }

        return WithSearcher(indexes, (searcher, starts, tenants) => Execute(searcher, starts, tenants, request, page, size));
    }

    /// <summary>
    /// Titles and document numbers for the search box as the reader types: documents whose title contains
    /// every typed segment (or whose number is the typed number), best first. No snippets, no facets.
    /// </summary>
    public static IReadOnlyList<PolicySearchHit> Suggest(IReadOnlyList<(string Tenant, PolicyIndex Index)> indexes, string? text, int count)
    {
        if (indexes.Count == 0 || LuceneQueryFactory.SuggestQuery(text) is not { } query)
        {
            return [];
        }

        return WithSearcher(indexes, (searcher, starts, tenants) =>
            searcher.Search(query, Math.Clamp(count, 1, 20)).ScoreDocs
                .Select(scoreDoc => ToHit(searcher, scoreDoc, starts, tenants, terms: null))
                .ToList());
    }

    private static T WithSearcher<T>(IReadOnlyList<(string Tenant, PolicyIndex Index)> indexes, Func<IndexSearcher, int[], string[], T> action)
    {
        var leases = new List<PolicyIndexLease>(indexes.Count);
        IndexReader? multi = null;
        try
        {
            foreach (var (_, index) in indexes)
            {
                leases.Add(index.Acquire());
            }

            var reader = leases.Count == 1
                ? leases[0].Reader
                : multi = new MultiReader(leases.Select(lease => lease.Reader).ToArray(), closeSubReaders: false);
            var starts = new int[leases.Count];
            for (int i = 1; i < leases.Count; i++)
            {
                starts[i] = starts[i - 1] + leases[i - 1].Reader.MaxDoc;
            }

            var searcher = new IndexSearcher(reader) { Similarity = PolicyAnalyzers.Similarity };
            return action(searcher, starts, indexes.Select(pair => pair.Tenant).ToArray());
        }
        finally
        {
            multi?.Dispose();
            foreach (var lease in leases)
            {
                lease.Dispose();
            }
        }
    }

    private PolicySearchResult Execute(
        IndexSearcher searcher, int[] starts, string[] tenants, PolicySearchRequest request, int page, int size)
    {
        // Exact: the reader asked for what they typed (the link under 您是不是要找 …): no sound-alike corrections.
        var lexicon = request.Exact ? null : new IndexLexicon(searcher.IndexReader);
        var titles = request.Exact ? null : new IndexLexicon(searcher.IndexReader, PolicyFields.TitleBigram);
        var plan = QueryPlanner.Plan(request.Query, request.Synonyms, lexicon: lexicon, titles: titles);
        var sort = request.Sort;
        var attempts = new List<(Query Query, MatchLevel Level, string? Number)>();
        if (plan.Number is { } number)
        {
            var numberQuery = LuceneQueryFactory.NumberQuery(number);
            if (searcher.Search(numberQuery, 1).TotalHits > 0)
            {
                attempts.Add((LuceneQueryFactory.WithNumber(numberQuery, LuceneQueryFactory.Build(plan, MatchLevel.All)),
                    MatchLevel.All, number.ToString()));
            }
            else
            {
                // The number is not in these indexes: search its text like any other words.
                plan = QueryPlanner.Plan(request.Query, request.Synonyms, detectNumber: false, lexicon: lexicon, titles: titles);
            }
        }

        if (attempts.Count == 0)
        {
            foreach (var level in new[] { MatchLevel.All, MatchLevel.Most, MatchLevel.Any })
            {
                if (LuceneQueryFactory.Build(plan, level) is { } query)
                {
                    attempts.Add((query, level, null));
                }
            }
        }

        if (attempts.Count == 0)
        {
            // Empty query: browse everything, newest first unless asked otherwise.
            attempts.Add((new MatchAllDocsQuery(), MatchLevel.All, null));
            sort = PolicySort.DateDescending;
        }

        var filters = new[] { request.Issuer, request.Level, request.Year?.ToString(CultureInfo.InvariantCulture), request.Category, request.Validity };
        FacetFilterCollector? collector = null;
        ScoreDoc[] ranked = [];
        var used = attempts[0];
        for (var i = 0; i < attempts.Count; i++)
        {
            var attempt = attempts[i];
            used = attempt;
            ITopDocsCollector top = sort == PolicySort.DateDescending
                ? TopFieldCollector.Create(DateSort, page * size, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
                : TopScoreDocCollector.Create(Math.Max(page * size, RescoreWindow), docsScoredInOrder: false);
            collector = new FacetFilterCollector(top, PolicyFacets.All, filters);
            // Relaxed levels add the sound-alike passage, whose pairs cost term lookups: built only when reached.
            var query = attempt.Level != MatchLevel.All && lexicon is not null
                ? LuceneQueryFactory.Build(plan, attempt.Level, lexicon) ?? attempt.Query
                : attempt.Query;
            // Same scores, but the overlapping phrases of a remembered sentence read their positions once (ADR 0035).
            searcher.Search(SharedPositionsQuery.Optimize(searcher.Rewrite(query)), collector);
            ranked = top.GetTopDocs().ScoreDocs;
            if (collector.TotalHits >= _minStrictResults
                && (attempt.Level != MatchLevel.All || attempt.Number is not null || i + 1 == attempts.Count
                    || Convincing(searcher, plan, ranked)))
            {
                break;
            }
        }

        if (sort == PolicySort.Relevance && used.Number is null)
        {
            ranked = Rescore(searcher, plan, lexicon, used.Level, ranked);
            ranked = TitlesFirst(searcher, plan, ranked);
        }

        var docs = ranked.Skip((page - 1) * size).Take(size).ToArray();
        var terms = plan.HighlightTerms();
        var items = docs.Select(scoreDoc => ToHit(searcher, scoreDoc, starts, tenants, terms)).ToList();
        return new PolicySearchResult
        {
            Total = collector!.TotalHits,
            Items = items,
            Facets = collector.Facets(MaxFacetValues),
            Page = page,
            Size = size,
            MatchLevel = used.Level,
            DocumentNumber = used.Number,
            CorrectedQuery = plan.Corrected,
        };
    }

    /// <summary>Adds the second-stage score to the first <see cref="RescoreWindow"/> candidates and re-sorts them.</summary>
    private static ScoreDoc[] Rescore(IndexSearcher searcher, QueryPlan plan, IndexLexicon? lexicon, MatchLevel level, ScoreDoc[] ranked)
    {
        var window = ranked.Take(RescoreWindow).ToArray();
        if (window.Length == 0)
        {
            return ranked;
        }

        var scores = window.ToDictionary(hit => hit.Doc, hit => hit.Score);
        var exact = LuceneQueryFactory.RescoreExact(plan);
        var exactHits = exact is null ? [] : searcher.Search(Within(exact, window), window.Length).ScoreDocs;

        // Relaxed levels already scored the exact passage in the first stage.
        if (level == MatchLevel.All)
        {
            foreach (var hit in exactHits)
            {
                scores[hit.Doc] += hit.Score;
            }
        }

        // When a leading hit contains the passage exactly, it was typed right: skip the costly variants.
        var leading = scores.OrderByDescending(pair => pair.Value).Take(TypoCheckWindow).Select(pair => pair.Key).ToHashSet();
        if (!exactHits.Any(hit => leading.Contains(hit.Doc)) && LuceneQueryFactory.RescoreTolerant(plan, lexicon) is { } tolerant)
        {
            var candidates = window.Take(TolerantWindow).ToArray();
            foreach (var hit in searcher.Search(Within(tolerant, candidates), candidates.Length).ScoreDocs)
            {
                scores[hit.Doc] += hit.Score;
            }
        }

        var rescored = window
            .Select(hit => new ScoreDoc(hit.Doc, scores[hit.Doc]))
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Doc);
        return [.. rescored, .. ranked.Skip(RescoreWindow)];
    }

    /// <summary>
    /// Whether documents having every word are worth showing: one of the leading ones has a title the query
    /// names (<see cref="TitleMatch"/>) or holding every required word, or contains a typed passage as it is.
    /// Otherwise every word was found only scattered over some bodies (重市安全生产条例 with a character left out
    /// matched seven unrelated regulations through 重市 in their text) and the searcher relaxes to most words.
    /// It also relaxes when a title with the typed text's left-out character put back exists but is not among them.
    /// </summary>
    private static bool Convincing(IndexSearcher searcher, QueryPlan plan, ScoreDoc[] ranked)
    {
        var leading = ranked.Take(TypoCheckWindow).ToArray();
        var typed = TypedTitleKeys(plan);
        if (leading.Length == 0 || typed.Count == 0)
        {
            return true;
        }

        // A title one left-out character away exists, and the documents with every word are not it: relax.
        if (LuceneQueryFactory.TitleGuesses(plan) is { } guesses && searcher.Search(guesses, 1).TotalHits > 0
            && searcher.Search(Within(guesses, leading), 1).TotalHits == 0)
        {
            return false;
        }

        var required = plan.Units.Where(unit => unit.Required).ToList();
        foreach (var hit in leading)
        {
            var title = TitleCache.Get(searcher, hit.Doc);
            if (typed.Any(key => TitleMatch.Tier(key, title) > 0)
                || (required.Count > 0 && required.All(unit => unit.Alternatives.Any(word => title.Contains(word, StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return LuceneQueryFactory.ExactPassages(plan) is not { } exact
            || searcher.Search(Within(exact, leading), 1).TotalHits > 0;
    }

    /// <summary>
    /// Leading candidates whose title the query names go first: the whole title (法律援助条例, not
    /// 山东省法律援助条例), then its short form or tail, then a title one character off (<see cref="TitleMatch"/>).
    /// </summary>
    private static ScoreDoc[] TitlesFirst(IndexSearcher searcher, QueryPlan plan, ScoreDoc[] ranked)
    {
        var typed = TypedTitleKeys(plan);
        if (typed.Count == 0 || ranked.Length < 2)
        {
            return ranked;
        }

        // A title the typed text names once its one gap is closed by the titles' own pairs is a better answer than
        // a title one substituted character off, and not as good as the title typed as it is.
        var guesses = plan.TitleGuesses.Select(TitleMatch.Key).ToList();
        var window = Math.Min(ExactTitleWindow, ranked.Length);
        var quoted = LuceneQueryFactory.ExactPassages(plan) is { } exact && searcher.Search(Within(exact, ranked.Take(window)), 1).TotalHits > 0;
        var tiers = new int[window];
        for (var i = 0; i < window; i++)
        {
            var title = TitleCache.Get(searcher, ranked[i].Doc);
            tiers[i] = typed.Max(key => TitleMatch.Tier(key, title, titleInsideTyped: !quoted));
            if (guesses.Count > 0)
            {
                tiers[i] = Math.Max(tiers[i], Math.Min(GuessedTitleTier, guesses.Max(key => TitleMatch.Tier(key, title))));
            }
        }

        if (tiers.All(tier => tier == 0))
        {
            return ranked;
        }

        var top = ranked[0].Score;
        var reordered = Enumerable.Range(0, window)
            .Select(i => new ScoreDoc(ranked[i].Doc, ranked[i].Score + (tiers[i] * top)))
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Doc);
        return [.. reordered, .. ranked.Skip(window)];
    }

    private static List<string> TypedTitleKeys(QueryPlan plan) =>
        plan.Passages.Select(TitleMatch.Key).Where(key => key.Length >= 2).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Only the candidates are visited (<see cref="CandidateFilter.Strategy"/>).</summary>
    private static FilteredQuery Within(Query query, IEnumerable<ScoreDoc> docs) =>
        new(query, new CandidateFilter(docs.Select(hit => hit.Doc).ToList()), CandidateFilter.Strategy);

    private static PolicySearchHit ToHit(IndexSearcher searcher, ScoreDoc scoreDoc, int[] starts, string[] tenants, IReadOnlyList<string>? terms)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        var title = doc.Get(PolicyFields.Title) ?? string.Empty;
        var date = doc.Get(PolicyFields.Date);
        return new PolicySearchHit
        {
            Id = long.Parse(doc.Get(PolicyFields.Id), CultureInfo.InvariantCulture),
            Tenant = tenants[ReaderUtil.SubIndex(scoreDoc.Doc, starts)],
            ExternalId = doc.Get(PolicyFields.ExternalId),
            Title = title,
            DocNumber = doc.Get(PolicyFields.DocNumber),
            Issuer = doc.Get(PolicyFields.Issuer),
            Date = date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Level = doc.Get(PolicyFields.Level),
            Category = doc.Get(PolicyFields.Category),
            Validity = doc.Get(PolicyFields.Validity),
            SnippetHtml = terms is null ? string.Empty : SnippetBuilder.Build(doc.Get(PolicyFields.Body), title, terms),
            Score = scoreDoc.Score,
        };
    }
}

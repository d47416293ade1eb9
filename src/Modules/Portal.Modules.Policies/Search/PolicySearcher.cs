using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Searches one or more tenant indexes (a county sees its own, its city's and its province's documents).
/// Stateless and thread-safe; one instance can serve the whole process.
/// </summary>
public sealed class PolicySearcher
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
        var plan = QueryPlanner.Plan(request.Query, request.Synonyms, lexicon: lexicon);
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
                plan = QueryPlanner.Plan(request.Query, request.Synonyms, detectNumber: false, lexicon: lexicon);
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
        ITopDocsCollector? top = null;
        var used = attempts[0];
        foreach (var attempt in attempts)
        {
            used = attempt;
            top = sort == PolicySort.DateDescending
                ? TopFieldCollector.Create(DateSort, page * size, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
                : TopScoreDocCollector.Create(Math.Max(page * size, RescoreWindow), docsScoredInOrder: false);
            collector = new FacetFilterCollector(top, PolicyFacets.All, filters);
            searcher.Search(attempt.Query, collector);
            if (collector.TotalHits >= _minStrictResults)
            {
                break;
            }
        }

        var ranked = top!.GetTopDocs().ScoreDocs;
        if (sort == PolicySort.Relevance && used.Number is null)
        {
            ranked = Rescore(searcher, LuceneQueryFactory.BuildRescore(plan, lexicon), used.Level, ranked);
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
    private static ScoreDoc[] Rescore(IndexSearcher searcher, (Query? Exact, Query? Tolerant) rescore, MatchLevel level, ScoreDoc[] ranked)
    {
        var window = ranked.Take(RescoreWindow).ToArray();
        if (window.Length == 0)
        {
            return ranked;
        }

        var scores = window.ToDictionary(hit => hit.Doc, hit => hit.Score);
        var exactHits = rescore.Exact is null ? [] : searcher.Search(Within(rescore.Exact, window), window.Length).ScoreDocs;

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
        if (rescore.Tolerant is not null && !exactHits.Any(hit => leading.Contains(hit.Doc)))
        {
            var candidates = window.Take(TolerantWindow).ToArray();
            foreach (var hit in searcher.Search(Within(rescore.Tolerant, candidates), candidates.Length).ScoreDocs)
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
    /// A leading candidate whose whole title is what the reader typed (法律援助条例, not 山东省法律援助条例) goes
    /// first: a reader who gives a complete title means that document.
    /// </summary>
    private static ScoreDoc[] TitlesFirst(IndexSearcher searcher, QueryPlan plan, ScoreDoc[] ranked)
    {
        var typed = plan.Passages.Select(TitleKey).Where(key => key.Length >= 2).ToHashSet(StringComparer.Ordinal);
        if (typed.Count == 0 || ranked.Length < 2)
        {
            return ranked;
        }

        var fields = new HashSet<string> { PolicyFields.Title };
        var window = Math.Min(ExactTitleWindow, ranked.Length);
        var exact = new List<ScoreDoc>();
        var rest = new List<ScoreDoc>();
        for (var i = 0; i < window; i++)
        {
            var title = searcher.Doc(ranked[i].Doc, fields).Get(PolicyFields.Title) ?? string.Empty;
            (typed.Contains(TitleKey(title)) ? exact : rest).Add(ranked[i]);
        }

        if (exact.Count == 0)
        {
            return ranked;
        }

        var top = ranked[0].Score;
        return [.. exact.Select(hit => new ScoreDoc(hit.Doc, hit.Score + top)), .. rest, .. ranked.Skip(window)];
    }

    /// <summary>Letters and digits only, lower case: 《》、（） and spaces do not make a title different.</summary>
    private static string TitleKey(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    /// <summary>
    /// Filter first: the default strategy would run the phrases over the whole index and only then drop the
    /// documents outside the window.
    /// </summary>
    private static FilteredQuery Within(Query query, IEnumerable<ScoreDoc> docs) =>
        new(query, new CandidateFilter(docs.Select(hit => hit.Doc).ToList()), FilteredQuery.LEAP_FROG_FILTER_FIRST_STRATEGY);

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

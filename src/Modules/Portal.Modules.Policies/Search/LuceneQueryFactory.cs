using Lucene.Net.Index;
using Lucene.Net.Search;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>Builds Lucene queries from a <see cref="QueryPlan"/>. Weights were tuned on the known-item evaluation.</summary>
internal static class LuceneQueryFactory
{
    private const float UnitTextBoost = 1f;
    private const float UnitTitleBoost = 10f;
    private const float UnitTitleTieBoost = 0.5f;
    private const float UnitCoverageBoost = 20f;
    /// <summary>
    /// Shortest text (spaces included) spanning several typed segments that counts as one remembered sentence.
    /// A reader who types 宾馆 饭店 景区 for "对宾馆、饭店、景区" names words a document holds side by side; below
    /// this, two words (离休干部 体检, 保持 济南市) are keywords that need not stand next to each other.
    /// </summary>
    private const int PassageMinChars = 8;
    private const float PhraseTitleBoost = 4f;
    private const float PhraseTextBoost = 3f;
    private const float ChunkBoost = 1f;
    private const int ChunkMinTokens = 6;

    /// <summary>
    /// Shortest passage (in character pairs) read with sound-alikes. Shorter than the one-typo variants need: every
    /// pair must still match, typed or by sound, so six characters with two slips (家大财证投入) stay specific.
    /// </summary>
    private const int SoundAlikeMinTokens = 5;
    private const int MaxTolerantTokens = 30;
    private const float TypoPassageBoost = 2.5f;
    private const float SoundAlikePassageBoost = 2.5f;
    private const int ChunkLength = 3;
    private const int ChunkStep = 1;
    private const float TitlePairBoost = 2f;
    private const int MaxTitlePairs = 40;
    private const float TitleGuessBoost = 20f;

    /// <summary>Score floor that puts document-number matches above any text match.</summary>
    private const float NumberBoost = 10_000f;

    /// <param name="lexicon">
    /// When given, relaxed levels also accept the longest passage read with sound-alike characters: a remembered
    /// sentence with two slips keeps too few intact fragments to be found otherwise.
    /// </param>
    public static Query? Build(QueryPlan plan, MatchLevel level, IndexLexicon? lexicon = null)
    {
        if (plan.IsEmpty)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        var required = new BooleanQuery(disableCoord: false);
        var requiredCount = 0;
        // Noise words and lone characters add nothing the phrases do not, and scoring them over every matching
        // document was the costliest part of a query; they only count when nothing else is left.
        var units = plan.RequiredCount > 0 ? plan.Units.Where(unit => unit.Required) : plan.Units;
        foreach (var unit in units)
        {
            var unitQuery = UnitQuery(unit, PolicyFields.TextBigram, UnitTextBoost);
            if (unitQuery is null)
            {
                continue;
            }

            // At every level the required words sit in one coord-enabled clause, so a document having more of
            // them ranks higher even when the level only asks for some.
            if (unit.Required)
            {
                required.Add(unitQuery, Occur.SHOULD);
                requiredCount++;
            }
            else
            {
                query.Add(unitQuery, Occur.SHOULD);
            }

            // Constant per word found anywhere: under a relaxed level, documents with more of the words come first.
            // Under All every match has every word, so the clause would only cost time.
            if (unit.Required && level != MatchLevel.All)
            {
                query.Add(new ConstantScoreQuery(unitQuery) { Boost = UnitCoverageBoost }, Occur.SHOULD);
            }

            // Constant per word found in the title: coverage of the title decides, not its length or term counts,
            // so title matches rank above body-only matches.
            if (UnitQuery(unit, PolicyFields.TitleBigram, 1f) is { } titleQuery)
            {
                query.Add(new ConstantScoreQuery(titleQuery) { Boost = UnitTitleBoost }, Occur.SHOULD);

                // A little BM25 on top breaks ties towards the shorter title (more of it covered by the query).
                query.Add(UnitQuery(unit, PolicyFields.TitleBigram, UnitTitleTieBoost)!, Occur.SHOULD);
            }
        }

        if (requiredCount > 0)
        {
            required.MinimumNumberShouldMatch = level switch
            {
                MatchLevel.All => requiredCount,
                MatchLevel.Most => Math.Max(1, (int)Math.Ceiling(requiredCount * 0.6)),
                _ => 1,
            };
            query.Add(required, Occur.MUST);
        }

        // Passages overlap (as typed, corrected, trimmed only at the edges): a fragment is scored once.
        var chunks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var passage in plan.Passages)
        {
            // A passage spanning several typed segments is a remembered sentence only when it is long;
            // "保持 济南市" must not score for "…保持。济南市…" in some body.
            if (plan.Phrases.Count == 0 || passage.Length >= PassageMinChars)
            {
                // Under All the exact passage is scored in the second stage (top candidates only): over tens of
                // thousands of matches its positions were the costliest part of a broad query.
                AddPhrase(query, passage, level != MatchLevel.All ? chunks : null, withText: level != MatchLevel.All);
            }
        }

        // Once relaxed, the typed text's character pairs found in a title count one by one: the title the reader
        // meant keeps most of its pairs through a left-out or mistyped character (重市安全生产条例 → 重庆市…).
        if (level != MatchLevel.All)
        {
            AddTitlePairs(query, plan);
            if (lexicon is not null && LongestPassageTokens(plan) is { } tokens && SoundAlikePassage(tokens, lexicon) is { } soundAlike)
            {
                query.Add(soundAlike, Occur.SHOULD);
            }
        }

        // A title with a character left out (LeftOutCharacter): constant, so the guessed title joins the leading
        // candidates where TitleMatch judges it; it does not decide between titles.
        if (TitleGuesses(plan) is { } guesses)
        {
            query.Add(new ConstantScoreQuery(guesses) { Boost = TitleGuessBoost }, Occur.SHOULD);
        }

        // A segment that is a single word is already scored as a unit; as a phrase it would count twice.
        var unitTexts = plan.Units.SelectMany(unit => unit.Alternatives).ToHashSet(StringComparer.Ordinal);
        foreach (var phrase in plan.Phrases.Where(phrase => !unitTexts.Contains(phrase)))
        {
            AddPhrase(query, phrase, chunks: null, withText: true);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>Titles holding one of the plan's left-out-character guesses; null when there is none.</summary>
    public static Query? TitleGuesses(QueryPlan plan)
    {
        var guesses = new BooleanQuery(disableCoord: true);
        foreach (var guess in plan.TitleGuesses)
        {
            if (Substring(PolicyFields.TitleBigram, guess) is { } title)
            {
                guesses.Add(title, Occur.SHOULD);
            }
        }

        return guesses.Clauses.Count == 0 ? null : guesses;
    }

    /// <summary>Documents whose number has this year/serial and whose agency shares a suffix with what was typed.</summary>
    public static Query NumberQuery(DocumentNumber number)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(PolicyFields.NumberKey, number.SerialKey)), Occur.MUST },
        };

        var agency = number.AgencyKey;
        var agencies = new BooleanQuery();
        for (var start = 0; start <= agency.Length - 2; start++)
        {
            var suffix = agency[start..];
            var term = new ConstantScoreQuery(new TermQuery(new Term(PolicyFields.NumberAgency, suffix)))
            {
                // Longer common suffix = closer agency: 中办发 over 办发.
                Boost = suffix.Length,
            };
            agencies.Add(term, Occur.SHOULD);
        }

        if (agencies.Clauses.Count > 0)
        {
            query.Add(agencies, Occur.MUST);
        }

        return query;
    }

    /// <summary>Number matches first (constant floor), then whatever the rest of the query matches.</summary>
    public static Query WithNumber(Query numberQuery, Query? textQuery)
    {
        var boosted = new BooleanQuery(disableCoord: true);
        var number = new BooleanQuery(disableCoord: true) { { numberQuery, Occur.MUST } };
        number.Add(new ConstantScoreQuery(numberQuery) { Boost = NumberBoost }, Occur.SHOULD);
        boosted.Add(number, Occur.SHOULD);
        if (textQuery is not null)
        {
            boosted.Add(textQuery, Occur.SHOULD);
        }

        return boosted;
    }

    /// <summary>
    /// What the search box suggests while the reader types: the document with this number, or titles holding
    /// every typed segment of two or more characters. Null when too little was typed.
    /// </summary>
    public static Query? SuggestQuery(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var text = ChineseNumerals.ToDigits(QueryText.Normalize(typed));
        if (DocumentNumber.FindIn(text) is { } match)
        {
            return NumberQuery(match.Number);
        }

        var query = new BooleanQuery();
        foreach (var segment in QueryText.Segments(text).Where(segment => segment.Length >= 2))
        {
            if (Substring(PolicyFields.TitleBigram, segment) is { } part)
            {
                query.Add(part, Occur.MUST);
            }
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>A substring match on a bigram field: a phrase of bigrams, or a single term.</summary>
    public static Query? Substring(string field, string text, float boost = 1f)
    {
        var tokens = PolicyAnalyzers.Analyze(PolicyAnalyzers.Bigram, field, text);
        return TokensQuery(field, tokens, boost);
    }

    private static Query? TokensQuery(string field, List<(string Term, int Position)> tokens, float boost)
    {
        if (tokens.Count == 0)
        {
            return null;
        }

        if (tokens.Count == 1)
        {
            return new TermQuery(new Term(field, tokens[0].Term)) { Boost = boost };
        }

        var phrase = new PhraseQuery { Boost = boost };
        var first = tokens[0].Position;
        foreach (var (term, position) in tokens)
        {
            phrase.Add(new Term(field, term), position - first);
        }

        return phrase;
    }

    /// <summary>Every passage long enough to be a remembered sentence, as an exact bigram phrase of the text; null when none.</summary>
    public static Query? ExactPassages(QueryPlan plan)
    {
        var exact = new BooleanQuery(disableCoord: true);
        foreach (var passage in plan.Passages.Where(passage => plan.Phrases.Count == 0 || passage.Length >= PassageMinChars))
        {
            var tokens = PolicyAnalyzers.Analyze(PolicyAnalyzers.Bigram, PolicyFields.TextBigram, passage);
            if (tokens.Count >= 2)
            {
                exact.Add(TokensQuery(PolicyFields.TextBigram, tokens, 1f)!, Occur.SHOULD);
            }
        }

        return exact.Clauses.Count == 0 ? null : exact;
    }

    /// <summary>
    /// Second-stage scoring for the top candidates only: the passage tolerating one wrong character.
    /// Too costly to run over the whole index (one phrase per position), cheap over a hundred documents.
    /// </summary>
    public static (Query? Exact, Query? Tolerant) BuildRescore(QueryPlan plan, IndexLexicon? lexicon = null) =>
        (RescoreExact(plan), RescoreTolerant(plan, lexicon));

    /// <summary>The passages as typed (and corrected), for the second stage.</summary>
    public static Query? RescoreExact(QueryPlan plan)
    {
        var exact = new BooleanQuery(disableCoord: true);
        foreach (var tokens in RescoreTokens(plan).Where(tokens => tokens.Count >= 2))
        {
            exact.Add(TokensQuery(PolicyFields.TextBigram, tokens, PhraseTextBoost)!, Occur.SHOULD);
        }

        return exact.Clauses.Count == 0 ? null : exact;
    }

    /// <summary>
    /// The passages with one character wrong, or several read as sound-alikes. Built only when no leading
    /// candidate holds the passage as typed: the sound-alike pairs cost hundreds of term lookups.
    /// </summary>
    public static Query? RescoreTolerant(QueryPlan plan, IndexLexicon? lexicon)
    {
        var tolerant = new BooleanQuery(disableCoord: true);
        foreach (var tokens in RescoreTokens(plan).Where(tokens => tokens.Count >= SoundAlikeMinTokens && tokens.Count <= MaxTolerantTokens))
        {
            if (tokens.Count >= ChunkMinTokens)
            {
                tolerant.Add(OneTypoPassage(tokens), Occur.SHOULD);
            }

            if (lexicon is not null && SoundAlikePassage(tokens, lexicon) is { } soundAlike)
            {
                tolerant.Add(soundAlike, Occur.SHOULD);
            }
        }

        return tolerant.Clauses.Count == 0 ? null : tolerant;
    }

    private static List<(string Term, int Position)>? LongestPassageTokens(QueryPlan plan) =>
        RescoreTokens(plan).Where(tokens => tokens.Count >= SoundAlikeMinTokens && tokens.Count <= MaxTolerantTokens)
            .OrderByDescending(tokens => tokens.Count).FirstOrDefault();

    private static IEnumerable<List<(string Term, int Position)>> RescoreTokens(QueryPlan plan) =>
        plan.Passages
            .Where(passage => plan.Phrases.Count == 0 || passage.Length >= PassageMinChars)
            .Select(passage => PolicyAnalyzers.Analyze(PolicyAnalyzers.Bigram, PolicyFields.TextBigram, passage));

    /// <summary>
    /// The passage with any one character wrong: one character touches two neighbouring bigrams, so each
    /// variant leaves out a pair of adjacent positions (or one at the ends) and keeps the others in place.
    /// DisjunctionMax so an exact match is not counted once per variant.
    /// </summary>
    private static DisjunctionMaxQuery OneTypoPassage(List<(string Term, int Position)> tokens)
    {
        var variants = new DisjunctionMaxQuery(0f) { Boost = TypoPassageBoost };
        for (var skip = -1; skip < tokens.Count; skip++)
        {
            var phrase = new PhraseQuery();
            var first = tokens[0].Position;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (i != skip && i != skip + 1)
                {
                    phrase.Add(new Term(PolicyFields.TextBigram, tokens[i].Term), tokens[i].Position - first);
                }
            }

            variants.Add(phrase);
        }

        return variants;
    }

    /// <summary>
    /// The passage with any of its characters read as a sound-alike (<see cref="PinyinTable"/>): each bigram
    /// position accepts the typed pair and every pair, differing in one character by sound, that the index
    /// holds. Catches several pinyin slips in one remembered sentence, which the one-typo variants cannot.
    /// </summary>
    private static MultiPhraseQuery? SoundAlikePassage(List<(string Term, int Position)> tokens, IndexLexicon lexicon)
    {
        var query = new MultiPhraseQuery { Boost = SoundAlikePassageBoost };
        var first = tokens[0].Position;
        var widened = false;
        foreach (var (term, position) in tokens)
        {
            var terms = new List<Term> { new(PolicyFields.TextBigram, term) };
            if (term.Length == 2)
            {
                foreach (var left in PinyinTable.SoundAlikes(term[0]))
                {
                    if (lexicon.DocFreq(left, term[1]) > 0)
                    {
                        terms.Add(new Term(PolicyFields.TextBigram, string.Concat(left, term[1])));
                    }
                }

                foreach (var right in PinyinTable.SoundAlikes(term[1]))
                {
                    if (lexicon.DocFreq(term[0], right) > 0)
                    {
                        terms.Add(new Term(PolicyFields.TextBigram, string.Concat(term[0], right)));
                    }
                }
            }

            widened |= terms.Count > 1;
            query.Add([.. terms], position - first);
        }

        return widened ? query : null;
    }

    private static Query? UnitQuery(QueryUnit unit, string field, float boost)
    {
        var alternatives = unit.Alternatives
            .Select(alternative => Substring(field, alternative, boost))
            .OfType<Query>()
            .ToList();
        if (alternatives.Count <= 1)
        {
            return alternatives.FirstOrDefault();
        }

        var max = new DisjunctionMaxQuery(0.1f);
        foreach (var alternative in alternatives)
        {
            max.Add(alternative);
        }

        return max;
    }

    private static void AddTitlePairs(BooleanQuery query, QueryPlan plan)
    {
        var pairs = plan.Passages
            .SelectMany(passage => PolicyAnalyzers.Analyze(PolicyAnalyzers.Bigram, PolicyFields.TitleBigram, passage))
            .Select(token => token.Term)
            .Where(term => term.Length == 2)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTitlePairs);
        foreach (var pair in pairs)
        {
            query.Add(new ConstantScoreQuery(new TermQuery(new Term(PolicyFields.TitleBigram, pair))) { Boost = TitlePairBoost }, Occur.SHOULD);
        }
    }

    private static void AddPhrase(BooleanQuery query, string phrase, HashSet<string>? chunks, bool withText)
    {
        var tokens = PolicyAnalyzers.Analyze(PolicyAnalyzers.Bigram, PolicyFields.TextBigram, phrase);
        if (tokens.Count < 2)
        {
            return;
        }

        query.Add(TokensQuery(PolicyFields.TitleBigram, tokens, PhraseTitleBoost)!, Occur.SHOULD);
        if (withText)
        {
            query.Add(TokensQuery(PolicyFields.TextBigram, tokens, PhraseTextBoost)!, Occur.SHOULD);
        }

        // Overlapping fragments keep a remembered phrase findable when it is only partly right. Only needed
        // for recall once the strict level found too little; they are the costliest clauses.
        if (chunks is not null && tokens.Count >= ChunkMinTokens)
        {
            for (var start = 0; start + ChunkLength <= tokens.Count; start += ChunkStep)
            {
                var chunk = tokens.Skip(start).Take(ChunkLength).ToList();
                if (chunks.Add(string.Join('|', chunk.Select(token => token.Term))))
                {
                    query.Add(TokensQuery(PolicyFields.TextBigram, chunk, ChunkBoost)!, Occur.SHOULD);
                }
            }
        }
    }
}

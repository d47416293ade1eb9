using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>Turns what the user typed into a <see cref="QueryPlan"/>. Pure text work; no index access.</summary>
internal static class QueryPlanner
{
    /// <summary>
    /// Plans the query; when a document number is found it is taken out of the text. With a
    /// <paramref name="lexicon"/>, words that occur nowhere in the index are corrected to sound-alikes that do;
    /// with <paramref name="titles"/>, a title with a character left out is guessed whole.
    /// </summary>
    public static QueryPlan Plan(
        string? query, IReadOnlyList<IReadOnlyList<string>> synonyms, bool detectNumber = true, IndexLexicon? lexicon = null,
        IndexLexicon? titles = null)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new QueryPlan([], [], [], null);
        }

        // Voice input writes numbers in Chinese (二〇一六年, 第七百号): read them as the digits documents use.
        var text = ChineseNumerals.ToDigits(QueryText.Normalize(query));
        DocumentNumber? number = null;
        if (detectNumber && DocumentNumber.FindIn(text) is { } match)
        {
            number = match.Number;
            text = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(match.Index + match.Length));
        }

        var phrases = new List<string>();
        var typed = new List<string>();
        var correctedSegments = new List<string>();
        var corrections = new List<(string Typed, string Corrected)>();
        var units = new List<QueryUnit>();
        var groups = NormalizeGroups(synonyms);
        var kept = QuerySegments.KeptSegments(text);
        foreach (var (_, segment) in kept)
        {
            var corrected = lexicon is null ? segment : TypoCorrector.Correct(segment, QuerySegments.CorrectionWords(segment), lexicon);
            if (corrected != segment)
            {
                corrections.Add((segment, corrected));
            }

            AddDistinct(phrases, segment);
            AddDistinct(phrases, corrected);
            typed.Add(segment);
            correctedSegments.Add(corrected);
            AddUnits(corrected, groups, units);
        }

        // Segments joined by a space analyse to the same bigram positions as the text with its punctuation,
        // so a phrase remembered across a comma still matches as one passage.
        var passages = new List<string>();
        if (typed.Count > 0)
        {
            AddDistinct(passages, string.Join(' ', typed));
            AddDistinct(passages, string.Join(' ', correctedSegments));
            AddDistinct(passages, QuerySegments.Verbatim(kept));
        }

        if (typed.Count == 1)
        {
            phrases.Clear();
        }

        List<string> guesses = titles is null ? [] : typed.SelectMany(segment => LeftOutCharacter.Guesses(segment, titles)).ToList();
        return new QueryPlan(passages, phrases, Deduplicate(units), number)
        {
            Corrected = Apply(query, corrections),
            TitleGuesses = guesses,
        };
    }

    /// <summary>
    /// For a search that found nothing: the query's topic words with one left out (each a search of its own),
    /// or the words one by one when there are only two. Frame words (请问, 在哪里) are not offered.
    /// </summary>
    public static IReadOnlyList<string> FewerWords(string query, int max)
    {
        var words = QueryText.Segments(ChineseNumerals.ToDigits(QueryText.Normalize(query)))
            .Select(QuerySegments.Trim)
            .SelectMany(segment => QuerySegments.Words(segment).Select(word => word.Text))
            .Where(word => word.Length >= 2 && !QuerySegments.IsOptional(word))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (words.Count <= 1)
        {
            return [];
        }

        var options = words.Count == 2
            ? words
            : Enumerable.Range(0, words.Count).Select(skip => string.Join(' ', words.Where((_, i) => i != skip))).ToList();
        return options.Take(max).ToList();
    }

    /// <summary>The query as typed with each corrected segment replaced: shown as 您是不是要找 …; null when nothing changed.</summary>
    private static string? Apply(string query, List<(string Typed, string Corrected)> corrections)
    {
        if (corrections.Count == 0)
        {
            return null;
        }

        var text = QueryText.Normalize(query);
        foreach (var (typed, corrected) in corrections)
        {
            var at = text.IndexOf(typed, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = string.Concat(text.AsSpan(0, at), corrected, text.AsSpan(at + typed.Length));
            }
        }

        return text.Trim();
    }

    private static void AddUnits(string segment, List<string[]> groups, List<QueryUnit> units)
    {
        // Synonyms first, on the raw text: SmartCn would split 老干部 into 老/干部 and lose the match.
        var position = 0;
        while (position < segment.Length)
        {
            var (group, member) = FindSynonym(segment, position, groups);
            if (group is null)
            {
                AddWords(segment[position..], units);
                return;
            }

            var at = segment.IndexOf(member!, position, StringComparison.Ordinal);
            AddWords(segment[position..at], units);
            units.Add(new QueryUnit(group, Required: true));
            position = at + member!.Length;
        }
    }

    private static (string[]? Group, string? Member) FindSynonym(string segment, int from, List<string[]> groups)
    {
        string[]? bestGroup = null;
        string? bestMember = null;
        var bestAt = int.MaxValue;
        foreach (var group in groups)
        {
            foreach (var member in group)
            {
                var at = segment.IndexOf(member, from, StringComparison.Ordinal);
                if (at >= 0 && (at < bestAt || (at == bestAt && member.Length > bestMember!.Length)))
                {
                    (bestGroup, bestMember, bestAt) = (group, member, at);
                }
            }
        }

        return (bestGroup, bestMember);
    }

    private static void AddWords(string text, List<QueryUnit> units)
    {
        // Runs of single characters are usually a word SmartCn does not know (a place name, a typo such as
        // 条列): Words glues them so they must match as a substring instead of as loose characters.
        foreach (var (word, _) in QuerySegments.Words(text))
        {
            // A single character on its own is too loose to require.
            units.Add(new QueryUnit([word], Required: word.Length > 1 && !QuerySegments.IsOptional(word)));
        }
    }

    private static List<string[]> NormalizeGroups(IReadOnlyList<IReadOnlyList<string>> synonyms) =>
        synonyms
            .Select(group => group.Select(QueryText.Normalize).Select(term => term.Trim())
                .Where(term => term.Length > 0).Distinct(StringComparer.Ordinal).ToArray())
            .Where(group => group.Length > 1)
            .ToList();

    private static List<QueryUnit> Deduplicate(List<QueryUnit> units)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<QueryUnit>();
        foreach (var unit in units)
        {
            if (seen.Add(string.Join('|', unit.Alternatives)))
            {
                result.Add(unit);
            }
        }

        return result;
    }

    private static void AddDistinct(List<string> list, string value)
    {
        if (!list.Contains(value, StringComparer.Ordinal))
        {
            list.Add(value);
        }
    }
}

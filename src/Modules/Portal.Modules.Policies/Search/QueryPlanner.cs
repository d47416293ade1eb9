using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>Turns what the user typed into a <see cref="QueryPlan"/>. Pure text work; no index access.</summary>
internal static class QueryPlanner
{
    /// <summary>
    /// Plans the query; when a document number is found it is taken out of the text. With a
    /// <paramref name="lexicon"/>, words that occur nowhere in the index are corrected to sound-alikes that do.
    /// </summary>
    public static QueryPlan Plan(
        string? query, IReadOnlyList<IReadOnlyList<string>> synonyms, bool detectNumber = true, IndexLexicon? lexicon = null)
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
        foreach (var raw in QueryText.Segments(text))
        {
            var segment = TrimFrame(QueryText.StripEdgeNoise(raw));
            if (segment.Length == 0)
            {
                continue;
            }

            var corrected = lexicon is null ? segment : TypoCorrector.Correct(segment, CorrectionWords(segment), lexicon);
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
        }

        if (typed.Count == 1)
        {
            phrases.Clear();
        }

        return new QueryPlan(passages, phrases, Deduplicate(units), number) { Corrected = Apply(query, corrections) };
    }

    /// <summary>
    /// For a search that found nothing: the query's topic words with one left out (each a search of its own),
    /// or the words one by one when there are only two. Frame words (请问, 在哪里) are not offered.
    /// </summary>
    public static IReadOnlyList<string> FewerWords(string query, int max)
    {
        var words = QueryText.Segments(ChineseNumerals.ToDigits(QueryText.Normalize(query)))
            .Select(segment => TrimFrame(QueryText.StripEdgeNoise(segment)))
            .SelectMany(segment => Words(segment).Select(word => word.Text))
            .Where(word => word.Length >= 2 && !IsOptional(word))
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

    /// <summary>
    /// The segment without the question or request around it (请问…在哪里能看到, 我想了解一下…): leading and
    /// trailing words of <see cref="FunctionWords"/> go; what is between them is kept as typed.
    /// </summary>
    internal static string TrimFrame(string segment)
    {
        if (segment.Length == 0)
        {
            return segment;
        }

        var words = Words(segment);
        var first = words.FindIndex(word => !FunctionWords.Contains(word.Text));
        if (first < 0)
        {
            return segment; // nothing but frame words: keep them, they are all the reader gave us
        }

        var last = words.FindLastIndex(word => !FunctionWords.Contains(word.Text));
        var start = words[first].Start;
        var end = words[last].Start + words[last].Text.Length;
        return segment[start..end];
    }

    /// <summary>The words of a segment with their offsets: SmartCn tokens, runs of non-optional single characters glued.</summary>
    internal static List<(string Text, int Start)> Words(string segment)
    {
        var words = new List<(string Text, int Start)>();
        var position = 0;
        var runStart = -1;
        var runEnd = -1;
        foreach (var (term, _) in PolicyAnalyzers.Analyze(PolicyAnalyzers.SmartCn, PolicyFields.Title, segment))
        {
            var at = segment.IndexOf(term, position, StringComparison.Ordinal);
            if (at < 0)
            {
                continue; // SmartCn changed the text (full-width forms): nothing to line up
            }

            position = at + term.Length;
            if (term.Length == 1 && !IsOptional(term) && (runStart < 0 || runEnd == at))
            {
                runStart = runStart < 0 ? at : runStart;
                runEnd = position;
                continue;
            }

            FlushRun(segment, words, ref runStart, ref runEnd);
            if (term.Length == 1 && !IsOptional(term))
            {
                (runStart, runEnd) = (at, position);
                continue;
            }

            words.Add((term, at));
        }

        FlushRun(segment, words, ref runStart, ref runEnd);
        return words;
    }

    /// <summary>
    /// Words for the corrector: a slip often splits a word into single characters one of which is a particle
    /// (管理 typed 管里 gives 管/里), so every run of adjacent single characters is one candidate word here.
    /// </summary>
    private static List<string> CorrectionWords(string segment)
    {
        var result = new List<string>();
        var runStart = -1;
        var runEnd = -1;
        foreach (var (text, start) in Words(segment))
        {
            if (text.Length == 1 && runEnd == start)
            {
                runEnd = start + 1;
                continue;
            }

            if (runStart >= 0)
            {
                result.Add(segment[runStart..runEnd]);
                runStart = -1;
            }

            if (text.Length == 1)
            {
                (runStart, runEnd) = (start, start + 1);
            }
            else
            {
                result.Add(text);
                runEnd = -1;
            }
        }

        if (runStart >= 0)
        {
            result.Add(segment[runStart..runEnd]);
        }

        return result;
    }

    private static void FlushRun(string segment, List<(string Text, int Start)> words, ref int runStart, ref int runEnd)
    {
        if (runStart >= 0)
        {
            words.Add((segment[runStart..runEnd], runStart));
            runStart = runEnd = -1;
        }
    }

    private static bool IsOptional(string word) => QueryText.OptionalTokens.Contains(word) || FunctionWords.Contains(word);

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
        foreach (var (word, _) in Words(text))
        {
            // A single character on its own is too loose to require.
            units.Add(new QueryUnit([word], Required: word.Length > 1 && !IsOptional(word)));
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

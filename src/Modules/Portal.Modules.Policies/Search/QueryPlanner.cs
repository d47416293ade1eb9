using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Search;

/// <summary>Turns what the user typed into a <see cref="QueryPlan"/>. Pure text work; no index access.</summary>
internal static class QueryPlanner
{
    /// <summary>Plans the query; when a document number is found it is taken out of the text.</summary>
    public static QueryPlan Plan(string? query, IReadOnlyList<IReadOnlyList<string>> synonyms, bool detectNumber = true)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return new QueryPlan([], [], [], null);
        }

        var text = QueryText.Normalize(query);
        DocumentNumber? number = null;
        if (detectNumber && DocumentNumber.FindIn(text) is { } match)
        {
            number = match.Number;
            text = string.Concat(text.AsSpan(0, match.Index), " ", text.AsSpan(match.Index + match.Length));
        }

        var phrases = new List<string>();
        var typed = new List<string>();
        var correctedSegments = new List<string>();
        var units = new List<QueryUnit>();
        var groups = NormalizeGroups(synonyms);
        foreach (var raw in QueryText.Segments(text))
        {
            var segment = QueryText.StripEdgeNoise(raw);
            if (segment.Length == 0)
            {
                continue;
            }

            var corrected = QueryText.Correct(segment);
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

        return new QueryPlan(passages, phrases, Deduplicate(units), number);
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
        if (text.Length == 0)
        {
            return;
        }

        var tokens = PolicyAnalyzers.Analyze(PolicyAnalyzers.SmartCn, PolicyFields.Title, text)
            .Select(token => token.Term)
            .ToList();

        // Runs of single characters are usually a word SmartCn does not know (a place name, a typo such as
        // 条列): glue them back together so they must match as a substring instead of as loose characters.
        var run = new List<string>();
        foreach (var token in tokens.Append(string.Empty))
        {
            var single = token.Length == 1 && !QueryText.OptionalTokens.Contains(token);
            if (single)
            {
                run.Add(token);
                continue;
            }

            if (run.Count > 0)
            {
                units.Add(new QueryUnit([string.Concat(run)], Required: run.Count > 1));
                run.Clear();
            }

            if (token.Length > 0)
            {
                units.Add(new QueryUnit([token], Required: !QueryText.OptionalTokens.Contains(token)));
            }
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

namespace Portal.Modules.Policies.Search;

/// <summary>
/// The query's segments (split at punctuation and spaces) and their words: what is trimmed as noise or question
/// frame, what is glued into one word, and the sentence as typed. Pure text work for <see cref="QueryPlanner"/>.
/// </summary>
internal static class QuerySegments
{
    /// <summary>
    /// The segments as typed and with their noise and question frame trimmed. A greeting or thanks set off by a
    /// comma (你好，…  …，谢谢) is all frame: such segments go at the query's edges when a topic remains.
    /// </summary>
    internal static List<(string Raw, string Trimmed)> KeptSegments(string text)
    {
        var segments = QueryText.Segments(text)
            .Select(raw => (Raw: raw, Trimmed: Trim(raw)))
            .Where(pair => pair.Trimmed.Length > 0)
            .ToList();
        var first = segments.FindIndex(pair => !IsFrameOnly(pair.Raw, pair.Trimmed));
        if (first < 0)
        {
            return segments;
        }

        var last = segments.FindLastIndex(pair => !IsFrameOnly(pair.Raw, pair.Trimmed));
        return segments.GetRange(first, last - first + 1);
    }

    /// <summary>SmartCn splits some frame words (你好 → 你/好), so the segment as typed is looked up whole too.</summary>
    private static bool IsFrameOnly(string raw, string trimmed) =>
        FunctionWords.Contains(raw) || FunctionWords.Contains(trimmed) || Words(trimmed).All(word => IsOptional(word.Text));

    /// <summary>
    /// The kept segments as typed, trimmed only at the outer edges of the query. Trimming each segment (的, 在,
    /// 有关 at its ends) is right for words, but a sentence remembered across a comma (…应当按照规定的，由…)
    /// then loses the characters at the comma and no longer lines up with the document's text.
    /// </summary>
    internal static string Verbatim(List<(string Raw, string Trimmed)> kept)
    {
        if (kept.Count == 1)
        {
            return kept[0].Trimmed;
        }

        var parts = kept.Select(pair => pair.Raw).ToArray();
        var (firstRaw, firstTrimmed) = kept[0];
        parts[0] = firstRaw[firstRaw.IndexOf(firstTrimmed, StringComparison.Ordinal)..];
        var (lastRaw, lastTrimmed) = kept[^1];
        parts[^1] = lastRaw[..(lastRaw.IndexOf(lastTrimmed, StringComparison.Ordinal) + lastTrimmed.Length)];
        return string.Join(' ', parts);
    }

    /// <summary>
    /// The segment without its noise words and question frame. A one-character noise word goes only where it is a
    /// word of its own: 了 is noise in 规定了, not in 了解 (我想了解一下修改… must not become 解一下修改…).
    /// </summary>
    internal static string Trim(string segment)
    {
        var boundaries = new HashSet<int>();
        foreach (var (text, at) in Words(segment))
        {
            boundaries.Add(at);
            boundaries.Add(at + text.Length);
        }

        return TrimFrame(QueryText.StripEdgeNoise(segment, boundaries));
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
    internal static List<string> CorrectionWords(string segment)
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

    internal static bool IsOptional(string word) => QueryText.OptionalTokens.Contains(word) || FunctionWords.Contains(word);
}

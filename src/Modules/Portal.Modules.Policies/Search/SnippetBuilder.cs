using System.Text;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Picks the ~120-character window of the text with the most (and longest) distinct matches and marks them.
/// Works on characters rather than tokens, so touching hits (离退休 + 干部) merge into one &lt;mark&gt;.
/// </summary>
internal static class SnippetBuilder
{
    public const int Length = 120;
    private const int Lead = 16;
    private const int MaxOccurrences = 2000;

    public static string Build(string? body, string title, IReadOnlyList<string> terms)
    {
        if (!string.IsNullOrEmpty(body) && TryBuild(body, terms, out var snippet))
        {
            return snippet;
        }

        if (TryBuild(title, terms, out var titleSnippet))
        {
            return titleSnippet;
        }

        return string.IsNullOrEmpty(body) ? Escape(title) : Render(body, 0, Math.Min(body.Length, Length), []);
    }

    private static bool TryBuild(string text, IReadOnlyList<string> terms, out string snippet)
    {
        snippet = string.Empty;
        var hits = FindHits(text, terms);
        if (hits.Count == 0)
        {
            return false;
        }

        var start = BestWindowStart(hits, text.Length);
        var end = Math.Min(text.Length, start + Length);
        snippet = Render(text, start, end, hits);
        return true;
    }

    private static List<(int Start, int End, int Term)> FindHits(string text, IReadOnlyList<string> terms)
    {
        var hits = new List<(int Start, int End, int Term)>();
        for (var t = 0; t < terms.Count && hits.Count < MaxOccurrences; t++)
        {
            var term = terms[t];

            // Case matters only for Latin letters; the ordinal search is several times faster over long bodies.
            var comparison = term.Any(char.IsAsciiLetter) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            var at = text.IndexOf(term, comparison);
            while (at >= 0 && hits.Count < MaxOccurrences)
            {
                hits.Add((at, at + term.Length, t));
                at = text.IndexOf(term, at + term.Length, comparison);
            }
        }

        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    /// <summary>Window score = total length of distinct terms inside it; ties go to the earliest window.</summary>
    private static int BestWindowStart(List<(int Start, int End, int Term)> hits, int textLength)
    {
        var bestStart = 0;
        var bestScore = -1;
        var seen = new HashSet<int>();
        for (var i = 0; i < hits.Count; i++)
        {
            var windowStart = Math.Max(0, hits[i].Start - Lead);
            var windowEnd = windowStart + Length;
            seen.Clear();
            var score = 0;
            for (var j = i; j < hits.Count && hits[j].End <= windowEnd; j++)
            {
                if (seen.Add(hits[j].Term))
                {
                    score += (hits[j].End - hits[j].Start) * (hits[j].End - hits[j].Start);
                }
            }

            if (score > bestScore)
            {
                (bestScore, bestStart) = (score, windowStart);
            }
        }

        // Do not leave a short tail window when the text ends soon after.
        return Math.Max(0, Math.Min(bestStart, textLength - Length));
    }

    private static string Render(string text, int start, int end, List<(int Start, int End, int Term)> hits)
    {
        // Merge overlapping and touching ranges inside the window.
        var ranges = new List<(int Start, int End)>();
        foreach (var (hitStart, hitEnd, _) in hits)
        {
            var s = Math.Max(hitStart, start);
            var e = Math.Min(hitEnd, end);
            if (s >= e)
            {
                continue;
            }

            if (ranges.Count > 0 && s <= ranges[^1].End)
            {
                ranges[^1] = (ranges[^1].Start, Math.Max(ranges[^1].End, e));
            }
            else
            {
                ranges.Add((s, e));
            }
        }

        var builder = new StringBuilder(Length * 2);
        if (start > 0)
        {
            builder.Append('…');
        }

        var position = start;
        foreach (var (s, e) in ranges)
        {
            AppendEscaped(builder, text, position, s);
            builder.Append("<mark>");
            AppendEscaped(builder, text, s, e);
            builder.Append("</mark>");
            position = e;
        }

        AppendEscaped(builder, text, position, end);
        if (end < text.Length)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        AppendEscaped(builder, text, 0, text.Length);
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var ch = text[i];
            _ = ch switch
            {
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '&' => builder.Append("&amp;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                '\r' or '\n' or '\t' => builder.Append(' '),
                _ => builder.Append(ch),
            };
        }
    }
}

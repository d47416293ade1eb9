namespace Portal.Modules.Policies.Search;

/// <summary>
/// A title typed in a hurry with one character left out (重市安全生产条例 for 重庆市安全生产条例): every
/// character pair of the typed text occurs in some title except the one across the gap. The characters that
/// can close the gap are read from the titles' own pairs (those after the left character that also precede the
/// right one). The guesses only widen the search for titles; the query itself is not changed, and a title
/// holding the text as typed still ranks first (<see cref="TitleMatch"/>).
/// </summary>
internal static class LeftOutCharacter
{
    /// <summary>Shortest typed text read as a title with a gap (shorter ones are a word or two).</summary>
    private const int MinLength = 5;

    /// <summary>Guesses per typed text: the gap is usually closed by one or two characters only.</summary>
    private const int MaxGuesses = 3;

    /// <summary>Title pairs read after the left character; bounds the work on a very large library.</summary>
    private const int MaxFollowing = 500;

    /// <summary>The typed text with the likeliest characters put into its one gap; empty when it has none or several.</summary>
    public static IReadOnlyList<string> Guesses(string typed, IndexLexicon titles)
    {
        if (typed.Length < MinLength || titles.DocumentCount == 0)
        {
            return [];
        }

        var gap = -1;
        for (var i = 0; i + 1 < typed.Length; i++)
        {
            if (!TypoCorrector.IsHan(typed[i]) || !TypoCorrector.IsHan(typed[i + 1]) || titles.DocFreq(typed[i], typed[i + 1]) > 0)
            {
                continue;
            }

            if (gap >= 0)
            {
                return []; // two pairs no title has: not a title with one character left out
            }

            gap = i;
        }

        if (gap < 0)
        {
            return [];
        }

        var (left, right) = (typed[gap], typed[gap + 1]);
        return titles.Following(left, MaxFollowing)
            .Select(middle => (Middle: middle, Support: Math.Min(titles.DocFreq(left, middle), titles.DocFreq(middle, right))))
            .Where(candidate => candidate.Support > 0)
            .OrderByDescending(candidate => candidate.Support)
            .ThenBy(candidate => candidate.Middle)
            .Take(MaxGuesses)
            .Select(candidate => string.Concat(typed.AsSpan(0, gap + 1), [candidate.Middle], typed.AsSpan(gap + 1)))
            .ToList();
    }
}

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Pinyin-input slips (规订 for 规定, 离修 for 离休): a word of the query none of whose spellings occurs in the
/// index is looked for among the characters that sound the same (<see cref="PinyinTable"/>). Words that occur
/// as typed are never changed, so a correct but rare query stays what it is; a word with no sound-alike in the
/// index (a name, a new term) also stays.
/// </summary>
internal static class TypoCorrector
{
    /// <summary>At most this many characters of one word are replaced (two slips in one word are rare).</summary>
    private const int MaxReplacementsPerWord = 2;

    /// <summary>
    /// The segment with its unknown words corrected, or the segment itself. <paramref name="words"/> are the
    /// segment's words in order (SmartCn tokens, runs of single characters glued), each a substring.
    /// </summary>
    public static string Correct(string segment, IReadOnlyList<string> words, IndexLexicon lexicon)
    {
        if (lexicon.DocumentCount == 0)
        {
            return segment;
        }

        var chars = segment.ToCharArray();
        var position = 0;
        foreach (var word in words)
        {
            var at = segment.IndexOf(word, position, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            position = at + word.Length;
            if (word.Length >= 2 && word.All(IsHan))
            {
                CorrectWord(chars, at, word.Length, lexicon);
            }
        }

        return new string(chars);
    }

    private static void CorrectWord(char[] chars, int start, int length, IndexLexicon lexicon)
    {
        for (var round = 0; round < MaxReplacementsPerWord; round++)
        {
            var missing = Missing(chars, start, length, lexicon);
            if (missing == 0)
            {
                return;
            }

            var best = (Position: -1, Character: '\0', Missing: missing, Support: 0L);
            for (var i = start; i < start + length; i++)
            {
                // Only a character next to a pair the index does not know can be the slip.
                if (!TouchesMissing(chars, i, start, length, lexicon))
                {
                    continue;
                }

                var original = chars[i];
                foreach (var candidate in PinyinTable.SoundAlikes(original))
                {
                    chars[i] = candidate;
                    var left = Missing(chars, start, length, lexicon);
                    if (left < best.Missing || (left == best.Missing && left < missing && Support(chars, i, start, length, lexicon) > best.Support))
                    {
                        best = (i, candidate, left, Support(chars, i, start, length, lexicon));
                    }
                }

                chars[i] = original;
            }

            if (best.Position < 0)
            {
                return;
            }

            chars[best.Position] = best.Character;
        }
    }

    /// <summary>Adjacent pairs inside the word that no document contains.</summary>
    private static int Missing(char[] chars, int start, int length, IndexLexicon lexicon)
    {
        var missing = 0;
        for (var i = start; i + 1 < start + length; i++)
        {
            if (lexicon.DocFreq(chars[i], chars[i + 1]) == 0)
            {
                missing++;
            }
        }

        return missing;
    }

    private static bool TouchesMissing(char[] chars, int i, int start, int length, IndexLexicon lexicon) =>
        (i > start && lexicon.DocFreq(chars[i - 1], chars[i]) == 0)
        || (i + 1 < start + length && lexicon.DocFreq(chars[i], chars[i + 1]) == 0);

    /// <summary>How common the pairs around the replaced character are: the likelier reading wins a tie.</summary>
    private static long Support(char[] chars, int i, int start, int length, IndexLexicon lexicon)
    {
        long support = 0;
        if (i > start)
        {
            support += lexicon.DocFreq(chars[i - 1], chars[i]);
        }

        if (i + 1 < start + length)
        {
            support += lexicon.DocFreq(chars[i], chars[i + 1]);
        }

        return support;
    }

    internal static bool IsHan(char ch) => ch is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}

namespace Portal.Modules.Policies.Search;

/// <summary>
/// How closely what the reader typed names a document's title. A reader who types a title means that document:
/// the whole title, the title's short form (a national law cited without 中华人民共和国, as 《立法技术规范》 allows),
/// its tail (海域使用管理法 for …海域使用管理法, not …海域使用管理法实施条例), or the title with one character
/// left out, added or mistyped. Compared on letters and digits only.
/// </summary>
internal static class TitleMatch
{
    private const string NationalPrefix = "中华人民共和国";

    /// <summary>Shortest typed text that counts as a title's tail or near-title (shorter ones are words, not titles).</summary>
    private const int MinTitleLength = 4;

    /// <summary>Shortest title that counts when typed inside a longer question (…条例现在还有效吗).</summary>
    private const int MinContainedTitle = 6;

    /// <summary>0 no match; 1 one character off; 2 the title's tail, or the title inside the typed text; 3 the title.</summary>
    /// <param name="titleInsideTyped">
    /// Whether a title inside a longer typed text counts (a question around it). Not when some document holds the
    /// typed text itself: then the reader quoted a sentence that cites the title, and meant that document.
    /// </param>
    public static int Tier(string typedKey, string title, bool titleInsideTyped = true)
    {
        if (typedKey.Length < 2)
        {
            return 0;
        }

        var full = Key(title);
        var best = 0;
        foreach (var key in full.StartsWith(NationalPrefix, StringComparison.Ordinal) && full.Length > NationalPrefix.Length + 1
                     ? new[] { full, full[NationalPrefix.Length..] }
                     : [full])
        {
            best = Math.Max(best, TierOf(typedKey, key, titleInsideTyped));
        }

        return best;
    }

    /// <summary>Letters and digits only, lower case: 《》、（） and spaces do not make a title different.</summary>
    public static string Key(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                buffer[length++] = char.ToLowerInvariant(ch);
            }
        }

        return new string(buffer[..length]);
    }

    private static int TierOf(string typed, string key, bool titleInsideTyped)
    {
        if (typed == key)
        {
            return 3;
        }

        if (typed.Length >= MinTitleLength && key.EndsWith(typed, StringComparison.Ordinal))
        {
            return 2;
        }

        if (titleInsideTyped && key.Length >= MinContainedTitle && typed.Contains(key, StringComparison.Ordinal))
        {
            return 2;
        }

        return typed.Length >= MinTitleLength + 1 && OneEditFromTail(typed, key) ? 1 : 0;
    }

    /// <summary>Whether some tail of <paramref name="key"/> is one insertion, deletion or substitution from <paramref name="typed"/>.</summary>
    private static bool OneEditFromTail(string typed, string key)
    {
        for (var length = typed.Length - 1; length <= typed.Length + 1; length++)
        {
            if (length >= 1 && length <= key.Length && AtMostOneEdit(typed, key.AsSpan(key.Length - length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AtMostOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > b.Length)
        {
            return AtMostOneEdit(b, a);
        }

        if (b.Length - a.Length > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length)
        {
            return true; // equal, or b has one more character at the end
        }

        // Same length: one substitution; b longer: one character of b left out of a.
        return a.Length == b.Length
            ? a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..])
            : a[prefix..].SequenceEqual(b[(prefix + 1)..]);
    }
}

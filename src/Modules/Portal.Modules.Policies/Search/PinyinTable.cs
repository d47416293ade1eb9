using System.Collections.Frozen;

namespace Portal.Modules.Policies.Search;

/// <summary>
/// Toneless pinyin of the 8,105 characters of the 通用规范汉字表 (Unicode Unihan kTGHZ2013, generated into
/// Search/Data/pinyin-toneless.txt by tools/pinyin/make-pinyin-table.py). A pinyin input method offers every
/// character of a syllable, so a reader's slip is usually another character of the same syllable.
/// </summary>
internal static class PinyinTable
{
    private static readonly Lazy<(FrozenDictionary<char, string[]> Readings, FrozenDictionary<string, string> Characters)> Data =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The character's toneless readings (several for 多音字), or none for characters outside the table.</summary>
    public static IReadOnlyList<string> Readings(char character) =>
        Data.Value.Readings.TryGetValue(character, out var readings) ? readings : [];

    /// <summary>Every character that shares a reading with <paramref name="character"/>, without itself.</summary>
    public static IEnumerable<char> SoundAlikes(char character)
    {
        var seen = new HashSet<char> { character };
        foreach (var reading in Readings(character))
        {
            foreach (var other in Data.Value.Characters[reading])
            {
                if (seen.Add(other))
                {
                    yield return other;
                }
            }
        }
    }

    /// <summary>Characters read as <paramref name="syllable"/> (toneless, ü as v).</summary>
    public static string CharactersOf(string syllable) =>
        Data.Value.Characters.TryGetValue(syllable, out var characters) ? characters : string.Empty;

    private static (FrozenDictionary<char, string[]>, FrozenDictionary<string, string>) Load()
    {
        using var stream = typeof(PinyinTable).Assembly.GetManifestResourceStream("Portal.Modules.Policies.pinyin-toneless.txt")
            ?? throw new InvalidOperationException("The pinyin table is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var readings = new Dictionary<char, List<string>>();
        var characters = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var syllable = line[..tab];
            // Characters outside the Basic Multilingual Plane (a handful) cannot be one char: skipped.
            var chars = string.Concat(line[(tab + 1)..].Where(ch => !char.IsSurrogate(ch)));
            characters[syllable] = chars;
            foreach (var ch in chars)
            {
                if (!readings.TryGetValue(ch, out var list))
                {
                    readings[ch] = list = [];
                }

                list.Add(syllable);
            }
        }

        return (readings.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray()), characters.ToFrozenDictionary(StringComparer.Ordinal));
    }
}

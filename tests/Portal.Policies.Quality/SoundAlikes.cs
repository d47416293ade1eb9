namespace Portal.Policies.Quality;

/// <summary>
/// A model of pinyin-input slips for the generator: the reader picks another character of the same syllable,
/// and an input method offers frequent characters first. Readings come from Unihan kHanyuPinlu
/// (Data/pinyin-common.txt, made by tools/pinyin/make-pinyin-table.py) — a different field from the engine's
/// table — and only characters that occur in the corpus are offered, weighted by how often they occur.
/// </summary>
internal sealed class SoundAlikes
{
    private readonly Dictionary<char, List<string>> _readings = [];
    private readonly Dictionary<string, List<(char Character, long Weight)>> _bySyllable = new(StringComparer.Ordinal);

    public SoundAlikes(IReadOnlyDictionary<char, long> corpusFrequency)
    {
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "pinyin-common.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var syllable = line[..tab];
            var offered = new List<(char, long)>();
            foreach (var ch in line[(tab + 1)..])
            {
                if (!_readings.TryGetValue(ch, out var list))
                {
                    _readings[ch] = list = [];
                }

                list.Add(syllable);
                if (corpusFrequency.TryGetValue(ch, out var weight))
                {
                    offered.Add((ch, weight));
                }
            }

            _bySyllable[syllable] = offered;
        }
    }

    /// <summary>A frequent other character with one of the same readings, or null when there is none.</summary>
    public char? Pick(char character, Random random)
    {
        if (!_readings.TryGetValue(character, out var readings))
        {
            return null;
        }

        var candidates = readings.SelectMany(reading => _bySyllable[reading]).Where(c => c.Character != character).Distinct().ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // Frequency-weighted, but dampened: the first page of an input method holds a handful of characters.
        var weights = candidates.Select(c => Math.Sqrt(c.Weight)).ToArray();
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < candidates.Count; i++)
        {
            roll -= weights[i];
            if (roll <= 0)
            {
                return candidates[i].Character;
            }
        }

        return candidates[^1].Character;
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>
/// Generates known-item queries from the corpus at run time from a seed: rules, not pasted text. Targets are
/// drawn only from the documents of one split (<see cref="CorpusSplit"/>), so the engine can be tuned on one
/// half and reported on the other. Slips come from <see cref="SoundAlikes"/> (a different reading table from
/// the engine's), question frames and spoken numbers from the generator's own rules.
/// </summary>
internal sealed partial class QueryGenerator
{
    private static readonly string[] EdgeNoise = ["全文", "最新", "有关规定", "政策", "文件", "的规定", "原文"];
    private readonly Random _random;
    private readonly List<CorpusDocument> _corpus;
    private readonly Dictionary<string, int> _titleWordFrequency = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<string>> _titleWords = [];
    private readonly List<CorpusDocument> _all;
    private readonly SoundAlikes _soundAlikes;
    private readonly Random _redraw;

    public QueryGenerator(List<CorpusDocument> corpus, int seed, Func<CorpusDocument, bool>? targets = null)
    {
        _all = corpus;
        _corpus = targets is null ? corpus : corpus.Where(targets).ToList();
        _random = new Random(seed);
        _redraw = new Random(unchecked(seed * 31) + 7);
        var frequency = new Dictionary<char, long>();
        foreach (var item in corpus)
        {
            foreach (var ch in item.Document.Title)
            {
                frequency[ch] = frequency.GetValueOrDefault(ch) + 1;
            }
        }

        _soundAlikes = new SoundAlikes(frequency);
        foreach (var item in corpus)
        {
            var words = PolicyAnalyzers.Analyze(PolicyAnalyzers.SmartCn, "title", item.Document.Title)
                .Select(token => token.Term).Where(word => word.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
            _titleWords[item.Document.Id] = words;
            foreach (var word in words)
            {
                _titleWordFrequency[word] = _titleWordFrequency.GetValueOrDefault(word) + 1;
            }
        }
    }

    public int RejectedCommonPhrases { get; private set; }

    /// <summary>Targets whose distinctive title words were held by another title too, and were drawn again.</summary>
    public int RejectedSharedWords { get; private set; }

    /// <summary>
    /// Whether a few title words must single out their document (ADR 0034). Off only to show the old rule's figures.
    /// </summary>
    public bool WordsMustIdentify { get; init; } = true;

    public List<EvalQuery> Generate(int perKind)
    {
        var queries = new List<EvalQuery>();
        queries.AddRange(Pick(perKind).Select(TitleQuery));
        var numbered = _corpus.Where(item => item.RawDocNumber.Length > 0).ToList();
        queries.AddRange(Pick(perKind, numbered).Select(NumberQuery));
        foreach (var kind in new[] { QueryKind.Phrase, QueryKind.PhraseTypo, QueryKind.PhraseNoise })
        {
            queries.AddRange(Pick(perKind, _corpus.Where(item => item.Document.Body!.Length > 200).ToList())
                .Select(item => PhraseQuery(item, kind)).OfType<EvalQuery>());
        }

        var twoWords = _corpus.Where(item => _titleWords[item.Document.Id].Count >= 2).ToList();
        queries.AddRange(Identified(Pick(perKind, twoWords), twoWords).Select(TwoWordsQuery));
        var topics = _corpus.Where(item => _titleWords[item.Document.Id].Count >= 1).ToList();
        queries.AddRange(Identified(Pick(perKind, topics), topics).Select(TopicQuery));
        queries.AddRange(Pick(perKind, numbered.Where(item => StandardNumber().IsMatch(item.RawDocNumber) || DecreeNumber().IsMatch(item.RawDocNumber)).ToList())
            .Select(SpokenNumberQuery));
        queries.AddRange(Pick(perKind).Select(QuestionQuery));
        queries.AddRange(Pick(perKind, _corpus.Where(item => item.Document.Body!.Length > 200).ToList())
            .Select(item => PhraseQuery(item, QueryKind.TwoTypos)).OfType<EvalQuery>());
        queries.AddRange(Pick(perKind).Select(DroppedCharacterQuery));
        return queries;
    }

    private List<CorpusDocument> Pick(int count, List<CorpusDocument>? from = null)
    {
        from ??= _corpus;
        return Enumerable.Range(0, count).Select(_ => from[_random.Next(from.Count)]).ToList();
    }

    /// <summary>
    /// A few remembered title words are a known-item query only when they name one document: when another
    /// title holds them all (河南省邮政条例 and 河南省邮政条例实施办法 for 河南省 邮政, or two editions of one
    /// title), every such document answers the reader equally, and judging one of them right is a coin toss.
    /// Such a target is drawn again from its own random stream, so the other kinds' queries stay as they were.
    /// </summary>
    private List<CorpusDocument> Identified(List<CorpusDocument> picked, List<CorpusDocument> from)
    {
        if (!WordsMustIdentify)
        {
            return picked;
        }

        var result = new List<CorpusDocument>(picked.Count);
        foreach (var item in picked)
        {
            var candidate = item;
            for (var attempt = 0; attempt < 20 && !Identifies(candidate); attempt++)
            {
                RejectedSharedWords++;
                candidate = from[_redraw.Next(from.Count)];
            }

            if (Identifies(candidate))
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    private bool Identifies(CorpusDocument item)
    {
        var words = Distinctive(item, 2);
        return !_all.Any(other => other.Document.Id != item.Document.Id
            && words.All(word => other.Document.Title.Contains(word, StringComparison.Ordinal)));
    }

    private EvalQuery TitleQuery(CorpusDocument item)
    {
        var title = item.Document.Title;
        var text = title;
        if (_random.Next(2) == 0)
        {
            // The distinctive part: without the generic "XX关于" / "中华人民共和国" lead and the edition suffix.
            // The place name of a local regulation is kept: it is what tells 河南省邮政条例 from 山东省邮政条例.
            var about = title.IndexOf("关于", StringComparison.Ordinal);
            text = about >= 0 && title.Length - about > 8 ? title[(about + 2)..] : NationalPrefix().Replace(title, string.Empty);
            text = EditionSuffix().Replace(text, string.Empty);
            if (text.Length < 4)
            {
                text = title;
            }
        }

        return new EvalQuery(QueryKind.Title, text, item.Document.Id);
    }

    private EvalQuery NumberQuery(CorpusDocument item)
    {
        var raw = item.RawDocNumber;
        var standard = StandardNumber().Match(raw);
        string text;
        if (standard.Success)
        {
            var (agency, year, serial) = (standard.Groups[1].Value, standard.Groups[2].Value, standard.Groups[3].Value);
            text = _random.Next(9) switch
            {
                0 => $"{agency}[{year}]{serial}号",
                1 => $"{agency}（{year}）{serial}号",
                2 => $"{agency}({year}){serial}号",
                3 => $"{agency}【{year}】{serial}号",
                4 => $"{agency}{year} {serial}号",
                5 => $"{agency}〔{FullWidth(year)}〕{FullWidth(serial)}号",
                6 => $"{agency}〔{year}〕第{serial}号",
                7 => $"{agency}[{year}]0{serial}号文件",
                _ => raw,
            };
        }
        else
        {
            var decree = DecreeNumber().Match(raw);
            text = !decree.Success ? raw : _random.Next(5) switch
            {
                0 => $"{decree.Groups[1].Value}{decree.Groups[2].Value}号",
                1 => $"{decree.Groups[1].Value}第{FullWidth(decree.Groups[2].Value)}号",
                2 => $"{decree.Groups[1].Value} 第{decree.Groups[2].Value}号",
                3 => $"{raw} 全文",
                _ => raw,
            };
        }

        return new EvalQuery(QueryKind.DocNumber, text, item.Document.Id);
    }

    private EvalQuery? PhraseQuery(CorpusDocument item, QueryKind kind)
    {
        var body = item.Document.Body!;
        var paragraphs = body.Split('\n').Where(p => p.Length >= 30).ToList();
        for (var attempt = 0; attempt < 20 && paragraphs.Count > 0; attempt++)
        {
            var paragraph = paragraphs[_random.Next(paragraphs.Count)];
            var length = _random.Next(8, 21);
            var start = _random.Next(0, paragraph.Length - length);
            var run = paragraph.Substring(start, length);

            // A known-item query must identify its item: a phrase found verbatim in another document too (the
            // corpus holds amending decisions that quote whole articles, and cities' near-identical regulations)
            // cannot be judged against one of them, so only phrases that occur in the target alone are used.
            if (CountContaining(run) > 1)
            {
                RejectedCommonPhrases++;
                continue;
            }

            var typed = string.Concat(run.Select(ch => char.IsPunctuation(ch) ? ' ' : ch)).Trim();
            if (kind is QueryKind.PhraseTypo or QueryKind.TwoTypos)
            {
                var slipped = Slip(typed, kind == QueryKind.TwoTypos ? 2 : 1);
                if (slipped is null)
                {
                    continue;
                }

                typed = slipped;
            }
            else if (kind == QueryKind.PhraseNoise)
            {
                typed = _random.Next(3) switch
                {
                    0 => $"{Noise()} {typed}",
                    1 => $"{typed}{Noise()}",
                    _ => $"{Noise()}{typed} {Noise()}",
                };
            }

            return new EvalQuery(kind, typed, item.Document.Id);
        }

        return null;
    }

    /// <summary>The text with <paramref name="count"/> characters (not neighbours) replaced by sound-alikes.</summary>
    private string? Slip(string text, int count)
    {
        var chars = text.ToCharArray();
        var used = new List<int>();
        var positions = Enumerable.Range(0, chars.Length).Where(i => char.IsLetter(chars[i]) && !char.IsAscii(chars[i]))
            .OrderBy(_ => _random.Next()).ToList();
        foreach (var at in positions)
        {
            if (used.Any(other => Math.Abs(other - at) < 2) || _soundAlikes.Pick(chars[at], _random) is not { } other)
            {
                continue;
            }

            chars[at] = other;
            used.Add(at);
            if (used.Count == count)
            {
                return new string(chars);
            }
        }

        return null;
    }

    private EvalQuery SpokenNumberQuery(CorpusDocument item)
    {
        var raw = item.RawDocNumber;
        var standard = StandardNumber().Match(raw);
        string text;
        if (standard.Success)
        {
            var (agency, year, serial) = (standard.Groups[1].Value, int.Parse(standard.Groups[2].Value), int.Parse(standard.Groups[3].Value));
            var spokenYear = _random.Next(3) switch
            {
                0 => SpokenNumerals.DigitByDigit(year, '〇'),
                1 => SpokenNumerals.DigitByDigit(year, '零'),
                _ => SpokenNumerals.WithUnits(year),
            };
            var spokenSerial = SpokenNumerals.WithUnits(serial);
            text = _random.Next(4) switch
            {
                0 => $"{agency}{spokenYear}年{spokenSerial}号",
                1 => $"{agency}{spokenYear}年第{spokenSerial}号",
                2 => $"{agency}〔{spokenYear}〕{spokenSerial}号",
                _ => $"{agency}{spokenYear}年{spokenSerial}号文件",
            };
        }
        else
        {
            var decree = DecreeNumber().Match(raw);
            var spoken = SpokenNumerals.WithUnits(int.Parse(decree.Groups[2].Value));
            text = _random.Next(3) switch
            {
                0 => $"{decree.Groups[1].Value}第{spoken}号",
                1 => $"{decree.Groups[1].Value}{spoken}号",
                _ => $"{decree.Groups[1].Value}第{spoken}号全文",
            };
        }

        return new EvalQuery(QueryKind.SpokenNumber, text, item.Document.Id);
    }

    private static readonly string[] Openers = ["", "", "请问", "请问一下", "你好，", "您好，请问", "麻烦问一下，", "我想", "我想要", "想", "帮我", "能不能帮我", "老同志想"];
    private static readonly string[] Verbs = ["", "了解一下", "查一下", "找一下", "看看", "查找", "搜一下", "问问", "看一看", "读一读"];
    private static readonly string[] Closers =
    [
        "", "的具体内容", "的全文", "在哪里能看到", "在哪儿可以查到", "怎么查", "有没有", "的内容是什么", "哪里可以下载", "是怎么规定的",
        "现在还有效吗", "的原文在哪里", "，谢谢", "吗",
    ];

    /// <summary>A title (or its distinctive part) inside a question or request, composed from independent parts.</summary>
    private EvalQuery QuestionQuery(CorpusDocument item)
    {
        var title = TitleQuery(item).Text;
        var opener = Openers[_random.Next(Openers.Length)];
        var verb = opener.Length == 0 && _random.Next(2) == 0 ? string.Empty : Verbs[_random.Next(Verbs.Length)];
        var closer = Closers[_random.Next(Closers.Length)];
        if (opener.Length + verb.Length + closer.Length == 0)
        {
            closer = "在哪里能看到";
        }

        return new EvalQuery(QueryKind.QuestionTitle, $"{opener}{verb}{title}{closer}", item.Document.Id);
    }

    /// <summary>The title (or its distinctive part) with one inner character left out, as a hurried typist does.</summary>
    private EvalQuery DroppedCharacterQuery(CorpusDocument item)
    {
        var title = TitleQuery(item).Text;
        if (title.Length < 6)
        {
            title = item.Document.Title;
        }

        var at = 1 + _random.Next(Math.Max(1, title.Length - 2));
        return new EvalQuery(QueryKind.DroppedCharacter, title.Remove(at, 1), item.Document.Id);
    }

    private EvalQuery TwoWordsQuery(CorpusDocument item)
    {
        // The two most distinctive title words: what a reader who half-remembers the title would type.
        var words = Distinctive(item, 2);
        return new EvalQuery(QueryKind.TwoWords, string.Join(' ', _random.Next(2) == 0 ? words : words.AsEnumerable().Reverse()), item.Document.Id);
    }

    private EvalQuery TopicQuery(CorpusDocument item)
    {
        var words = Distinctive(item, 2);
        var topic = string.Concat(words);
        var text = _random.Next(4) switch
        {
            0 => $"最新{topic}政策",
            1 => $"{string.Join(' ', words)} 有关规定",
            2 => $"关于{topic}的文件",
            _ => $"{topic} 全文",
        };
        return new EvalQuery(QueryKind.Topic, text, item.Document.Id);
    }

    /// <summary>
    /// The place of a local regulation (a reader knows which city's rule they want) plus the rarest other
    /// title words, up to <paramref name="count"/> words in all.
    /// </summary>
    private List<string> Distinctive(CorpusDocument item, int count)
    {
        var place = PlacePrefix().Match(item.Document.Title);
        var words = new List<string>();
        if (place.Success)
        {
            words.Add(place.Value);
        }

        words.AddRange(_titleWords[item.Document.Id]
            .Where(word => !place.Success || !place.Value.Contains(word, StringComparison.Ordinal))
            .OrderBy(word => _titleWordFrequency[word]).ThenBy(word => word, StringComparer.Ordinal)
            .Take(count - words.Count));
        return words;
    }

    private string Noise() => EdgeNoise[_random.Next(EdgeNoise.Length)];

    private int CountContaining(string run)
    {
        var count = 0;
        foreach (var item in _all)
        {
            if (item.Document.Body!.Contains(run, StringComparison.Ordinal) && ++count > 1)
            {
                break;
            }
        }

        return count;
    }

    private static string FullWidth(string digits)
    {
        var builder = new StringBuilder(digits.Length);
        foreach (var ch in digits)
        {
            builder.Append(char.IsAsciiDigit(ch) ? (char)(ch - '0' + '０') : ch);
        }

        return builder.ToString();
    }

    [GeneratedRegex("^中华人民共和国")]
    private static partial Regex NationalPrefix();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,6}?(?:省|市|自治区|经济特区)")]
    private static partial Regex PlacePrefix();

    [GeneratedRegex(@"[（(][^（()）]*[）)]$")]
    private static partial Regex EditionSuffix();

    // ASCII digits only: \d also matches full-width ones (１２５), which int.Parse refuses.
    [GeneratedRegex(@"^(.+?)〔([0-9]{4})〕([0-9]+)号$")]
    private static partial Regex StandardNumber();

    [GeneratedRegex(@"^(.+令)第([0-9]+)号$")]
    private static partial Regex DecreeNumber();
}

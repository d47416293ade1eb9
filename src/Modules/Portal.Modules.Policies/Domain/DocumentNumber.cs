using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Modules.Policies.Domain;

/// <summary>
/// A 发文字号 in canonical GB/T 9704-2012 form. Parsing accepts what people actually type
/// ([2016], （2016）, 【2016】, no brackets, full-width digits, spaces, 第, leading zeros).
/// </summary>
internal sealed partial record DocumentNumber(string Agency, int? Year, int Serial, DocumentNumberKind Kind)
{
    private const string Cjk = @"\p{IsCJKUnifiedIdeographs}";
    private const string Open = @"[〔\[（(【［﹝〈<]";
    private const string Close = @"[〕\]）)】］﹞〉>]";
    private const string CnDigits = "零〇一二两三四五六七八九十百千";

    /// <summary>The canonical text, e.g. 中办发〔2016〕3号, 国务院令第711号, 国家税务总局公告2017年第5号.</summary>
    public override string ToString() => Kind switch
    {
        DocumentNumberKind.Decree => $"{Agency}第{Serial}号",
        DocumentNumberKind.Announcement => $"{Agency}{Year}年第{Serial}号",
        _ => $"{Agency}〔{Year}〕{Serial}号",
    };

    /// <summary>Key shared by all spellings of the same year and serial, indexed for exact lookup.</summary>
    internal string SerialKey => Kind == DocumentNumberKind.Decree ? $"令-{Serial}" : $"{Year}-{Serial}";

    /// <summary>Agency without separators, used for suffix matching against what the user typed.</summary>
    internal string AgencyKey => CompactAgency(Agency);

    public static bool TryParse(string? text, [NotNullWhen(true)] out DocumentNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = NormalizeWidth(text).Trim();
        foreach (var regex in new[] { AnnouncementExact(), DecreeExact(), StandardExact() })
        {
            var match = regex.Match(normalized);
            if (match.Success && TryBuild(match, regex == DecreeExact() ? DocumentNumberKind.Decree
                    : regex == AnnouncementExact() ? DocumentNumberKind.Announcement : DocumentNumberKind.Standard, out number))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The canonical form if the text parses, otherwise the trimmed text unchanged (never loses data).</summary>
    public static string Normalize(string text) =>
        TryParse(text, out var number) ? number.ToString() : text.Trim();

    /// <summary>
    /// Finds a document number inside a longer query ("中办发2016 3号文件", "国务院令711号").
    /// The agency may carry leading words of the query ("查一下中办发"); the index matches it by suffix.
    /// </summary>
    public static DocumentNumberMatch? FindIn(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return null;
        }

        // Width normalisation maps one char to one char, so match offsets stay valid for the original text.
        var normalized = NormalizeWidth(query);
        foreach (var (regex, kind) in new[]
                 {
                     (AnnouncementInText(), DocumentNumberKind.Announcement),
                     (DecreeInText(), DocumentNumberKind.Decree),
                     (StandardInText(), DocumentNumberKind.Standard),
                 })
        {
            var match = regex.Match(normalized);
            if (match.Success && TryBuild(match, kind, out var number))
            {
                return new DocumentNumberMatch(number, match.Index, match.Length);
            }
        }

        return null;
    }

    internal static string CompactAgency(string agency)
    {
        var builder = new StringBuilder(agency.Length);
        foreach (var ch in agency)
        {
            if (ch != '、' && ch != '，' && ch != ',' && !char.IsWhiteSpace(ch))
            {
                builder.Append(ch);
            }
        }

        return builder.ToString();
    }

    /// <summary>Full-width digits, letters and spaces to half-width; one char in, one char out.</summary>
    internal static string NormalizeWidth(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var ch = source[i];
                span[i] = ch switch
                {
                    >= '\uFF10' and <= '\uFF19' => (char)(ch - '\uFF10' + '0'),
                    >= '\uFF21' and <= '\uFF3A' => (char)(ch - '\uFF21' + 'A'),
                    >= '\uFF41' and <= '\uFF5A' => (char)(ch - '\uFF41' + 'a'),
                    '\u3000' => ' ',
                    _ => ch,
                };
            }
        });
    }

    private static bool TryBuild(Match match, DocumentNumberKind kind, [NotNullWhen(true)] out DocumentNumber? number)
    {
        number = null;
        // Keep 、 between joint issuers for display; AgencyKey drops it for matching.
        var agency = string.Concat(match.Groups["agency"].Value.Where(ch => !char.IsWhiteSpace(ch)));
        var serialText = match.Groups["serial"].Value;
        int serial;
        if (serialText.Length > 0 && char.IsAsciiDigit(serialText[0]))
        {
            if (!int.TryParse(serialText, out serial))
            {
                return false;
            }
        }
        else if (!ChineseNumerals.TryParse(serialText, out serial))
        {
            return false;
        }

        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value) : null;
        if (serial <= 0 || (kind != DocumentNumberKind.Decree && year is null))
        {
            return false;
        }

        // A decree needs an issuer in front of 令; "令第5号" alone still parses (agency "令").
        if (agency.Length == 0)
        {
            return false;
        }

        number = new DocumentNumber(agency, year, serial, kind);
        return true;
    }

    [GeneratedRegex($@"^(?<agency>[{Cjk}、]+?公告)\s*(?<year>(?:19|20)\d{{2}})\s*年?\s*第?\s*0*(?<serial>\d{{1,5}})\s*号$")]
    private static partial Regex AnnouncementExact();

    [GeneratedRegex($@"^(?<agency>[{Cjk}、]*?令)\s*第?\s*0*(?<serial>\d{{1,5}}|[{CnDigits}]{{1,6}})\s*号$")]
    private static partial Regex DecreeExact();

    [GeneratedRegex($@"^(?<agency>[{Cjk}、A-Za-z]+?)\s*{Open}?\s*(?<year>(?:19|20)\d{{2}})\s*{Close}?\s*第?\s*0*(?<serial>\d{{1,5}})\s*号$")]
    private static partial Regex StandardExact();

    [GeneratedRegex($@"(?<agency>[{Cjk}、]{{1,20}}?公告)\s*(?<year>(?:19|20)\d{{2}})\s*年?\s*第?\s*0*(?<serial>\d{{1,5}})\s*号")]
    private static partial Regex AnnouncementInText();

    [GeneratedRegex($@"(?<agency>[{Cjk}、]{{0,20}}?令)\s*第?\s*0*(?<serial>\d{{1,5}}|[{CnDigits}]{{1,6}})\s*号")]
    private static partial Regex DecreeInText();

    [GeneratedRegex($@"(?<agency>[{Cjk}、A-Za-z]{{1,20}}?)\s*{Open}?\s*(?<year>(?:19|20)\d{{2}})\s*{Close}?\s*年?\s*第?\s*0*(?<serial>\d{{1,5}})\s*号")]
    private static partial Regex StandardInText();
}

using System.Text;

namespace Portal.Modules.Policies.Domain;

/// <summary>
/// Chinese numerals as voice input and careful typists write them: 七十三, 三百一十二, 两千零一十六, and years
/// read digit by digit (二〇一六, 二零一六). <see cref="TryParse"/> reads one numeral; <see cref="ToDigits"/>
/// rewrites the numerals of a query that are years or serial numbers so 发文字号 and titles match.
/// </summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";
    private const string Numerals = "零〇一二两三四五六七八九十百千万";
    private static readonly System.Buffers.SearchValues<char> NumeralValues = System.Buffers.SearchValues.Create(Numerals);

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var total = 0;
        var pending = 0;
        foreach (var ch in text)
        {
            var digit = Digit(ch);
            if (digit >= 0)
            {
                pending = (pending * 10) + digit;
                if (pending > 99_999)
                {
                    return false;
                }

                continue;
            }

            var unit = ch switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                '万' => 10_000,
                _ => 0,
            };
            if (unit == 0)
            {
                return false;
            }

            // "十三" starts with a bare unit, which means one ten.
            total += (pending == 0 ? 1 : pending) * unit;
            pending = 0;
        }

        value = total + pending;
        return value > 0;
    }

    /// <summary>
    /// Replaces the numerals that are a year (before 年, in brackets, or four digits read out such as 二〇一六)
    /// or a serial (before 号, after 第 or 令) with Arabic digits; other numerals (十三五, 第七次, 统一) stay.
    /// </summary>
    public static string ToDigits(string text)
    {
        if (text.AsSpan().IndexOfAny(NumeralValues) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsNumeral(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var end = i;
            while (end < text.Length && IsNumeral(text[end]))
            {
                end++;
            }

            builder.Append(Convert(text, i, end));
            i = end;
        }

        return builder.ToString();
    }

    private static string Convert(string text, int start, int end)
    {
        var run = text[start..end];
        var before = start > 0 ? text[start - 1] : ' ';
        var after = NextNonSpace(text, end);

        // A year read out digit by digit, possibly run together with the serial that follows (二〇二二十八号).
        if (run.Length >= 4 && ReadDigits(run[..4]) is { } year && year is >= 1900 and <= 2100)
        {
            var rest = run[4..];
            if (rest.Length == 0)
            {
                return year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (rest[0] != '年' && TryParse(rest, out var serial) && after is '号')
            {
                return $"{year}年{serial}";
            }
        }

        var yearContext = after is '年' || IsClosing(after) || IsOpening(before);
        // 第 alone is an ordinal (第七次); only 号 or a decree's 令 makes it a serial.
        var serialContext = after is '号' || before is '令';
        if ((yearContext || serialContext) && TryParse(run, out var value))
        {
            if (yearContext && !serialContext && value is < 1900 or > 2100)
            {
                return run; // 三年, 五年规划: a duration, not a year
            }

            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return run;
    }

    /// <summary>Four digits read one by one (二〇一六); null when units (十百千) are involved.</summary>
    private static int? ReadDigits(string digits)
    {
        var value = 0;
        foreach (var ch in digits)
        {
            var digit = Digit(ch);
            if (digit < 0 || ch == '两')
            {
                return null;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    private static int Digit(char ch) => ch switch
    {
        '〇' => 0,
        '两' => 2,
        _ => Digits.IndexOf(ch, StringComparison.Ordinal),
    };

    private static bool IsNumeral(char ch) => NumeralValues.Contains(ch);

    private static char NextNonSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from < text.Length ? text[from] : ' ';
    }

    private static bool IsOpening(char ch) => ch is '〔' or '[' or '（' or '(' or '【' or '［' or '﹝';

    private static bool IsClosing(char ch) => ch is '〕' or ']' or '）' or ')' or '】' or '］' or '﹞';
}

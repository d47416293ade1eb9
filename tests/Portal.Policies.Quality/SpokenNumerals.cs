using System.Text;

namespace Portal.Policies.Quality;

/// <summary>How voice input writes numbers (written here for the generator, independent of the engine).</summary>
internal static class SpokenNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>A year read digit by digit: 2016 → 二〇一六 or 二零一六.</summary>
    public static string DigitByDigit(int value, char zero) =>
        string.Concat(value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => d == '0' ? zero : Digits[d - '0']));

    /// <summary>A number read with units: 312 → 三百一十二, 18 → 十八, 2016 → 两千零一十六, 700 → 七百.</summary>
    public static string WithUnits(int value)
    {
        if (value == 0)
        {
            return "零";
        }

        var units = new[] { (1000, '千'), (100, '百'), (10, '十') };
        var builder = new StringBuilder();
        var rest = value;
        var needZero = false;
        foreach (var (size, unit) in units)
        {
            var digit = rest / size;
            rest %= size;
            if (digit == 0)
            {
                needZero = builder.Length > 0;
                continue;
            }

            if (needZero)
            {
                builder.Append('零');
                needZero = false;
            }

            // 十八, not 一十八, at the start; 两千 for two thousand.
            if (!(size == 10 && digit == 1 && builder.Length == 0))
            {
                builder.Append(size == 1000 && digit == 2 ? '两' : Digits[digit]);
            }

            builder.Append(unit);
        }

        if (rest > 0)
        {
            if (needZero)
            {
                builder.Append('零');
            }

            builder.Append(Digits[rest]);
        }

        return builder.ToString();
    }
}

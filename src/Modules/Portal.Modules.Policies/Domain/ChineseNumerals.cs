namespace Portal.Modules.Policies.Domain;

/// <summary>
/// Converts small Chinese numerals (主席令第七十三号) to integers. Only what serial numbers need: up to 9999.
/// </summary>
internal static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

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
            var digit = ch == '〇' ? 0 : Digits.IndexOf(ch, StringComparison.Ordinal);
            if (ch == '两')
            {
                digit = 2;
            }

            if (digit >= 0)
            {
                pending = (pending * 10) + digit;
                continue;
            }

            var unit = ch switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
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
}

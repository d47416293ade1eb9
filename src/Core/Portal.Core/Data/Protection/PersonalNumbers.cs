using System.Globalization;
using System.Text;

namespace Portal.Core.Data.Protection;

/// <summary>
/// One spelling per number before it is hashed, so a lookup finds it however it was typed:
/// 身份证号 upper-case with old 15-digit numbers upgraded to 18 (GB 11643-1999), phones as digits.
/// </summary>
public static class PersonalNumbers
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>"32108119550312001x" → "32108119550312001X"; "321081550312001" → "32108119550312001X" (check char computed).</summary>
    public static string NormalizeIdNumber(string? idNumber)
    {
        var text = new string((idNumber ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        if (text.Length == 15 && text.All(char.IsAsciiDigit))
        {
            var first17 = text[..6] + "19" + text[6..];
            return first17 + CheckCharacter(first17);
        }

        return text;
    }

    /// <summary>True for an 18-character number whose check character and birth date are right.</summary>
    public static bool IsValidIdNumber(string? idNumber)
    {
        var text = NormalizeIdNumber(idNumber);
        return text.Length == 18
            && text[..17].All(char.IsAsciiDigit)
            && text[17] == CheckCharacter(text[..17])
            && DateOnly.TryParseExact(text.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    /// <summary>The check character of the first 17 digits: weighted sum mod 11 mapped through 1 0 X 9 8 7 6 5 4 3 2.</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>"+86 138-0000-5678" → "13800005678"; a landline keeps its area code ("0514-8000 1001" → "051480001001").</summary>
    public static string NormalizePhone(string? phone)
    {
        var digits = new StringBuilder();
        foreach (var c in phone ?? "")
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
        }

        var text = digits.ToString();
        if (text.StartsWith("0086", StringComparison.Ordinal))
        {
            return text[4..];
        }

        return text.Length == 13 && text.StartsWith("86", StringComparison.Ordinal) ? text[2..] : text;
    }
}

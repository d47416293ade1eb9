using System.Globalization;
using Portal.Core.Data.Protection;

namespace Portal.Modules.Archives.Domain;

/// <summary>
/// A 身份证号 that passed GB 11643-1999: 6-digit address code, birth date YYYYMMDD, 3-digit sequence (odd for men),
/// check character (ISO 7064 MOD 11-2). Always the 18-character form with an upper-case X; an old 15-digit number
/// is upgraded on the way in (19 inserted before the year, check character computed).
/// </summary>
internal sealed record IdentityNumber(string Value, DateOnly BirthDate, Sex Sex)
{
    /// <summary>
    /// Province-level codes (GB/T 2260, first two digits): a number outside them has a mistyped address code.
    /// 71 台湾, 81 香港, 82 澳门 and 83 for residence permits of 台湾居民 are valid first digits too.
    /// </summary>
    private static readonly HashSet<string> Provinces =
    [
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
        "71", "81", "82", "83",
    ];

    /// <summary>The earliest birth year accepted: the oldest 离休干部 alive were born in the 1910s.</summary>
    private const int EarliestYear = 1900;

    public string RegionCode => Value[..6];

    /// <summary>True when it was typed as an old 15-digit number and upgraded here.</summary>
    public bool WasUpgraded { get; private init; }

    /// <summary>Checks and normalises what a clerk typed; <paramref name="today"/> bounds the birth date.</summary>
    public static IdentityNumberResult Parse(string? text, DateOnly today)
    {
        var compact = ChineseText.Compact(text).ToUpperInvariant();
        if (compact.Length == 0)
        {
            return IdentityNumberResult.Fail("请填写身份证号。");
        }

        var upgraded = false;
        if (compact.Length == 15)
        {
            if (!compact.All(char.IsAsciiDigit))
            {
                return IdentityNumberResult.Fail("15 位的旧身份证号只能是数字，请核对。");
            }

            var first17 = compact[..6] + "19" + compact[6..];
            compact = first17 + PersonalNumbers.CheckCharacter(first17);
            upgraded = true;
        }

        if (compact.Length != 18)
        {
            return IdentityNumberResult.Fail($"身份证号应为 18 位（旧的 15 位号码也可以），现在是 {compact.Length} 位。");
        }

        if (!compact[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(compact[17]) || compact[17] == 'X'))
        {
            return IdentityNumberResult.Fail("身份证号前 17 位只能是数字，最后一位是数字或 X。");
        }

        if (!Provinces.Contains(compact[..2]))
        {
            return IdentityNumberResult.Fail($"身份证号前两位“{compact[..2]}”不是省级行政区代码，请核对。");
        }

        var birthText = compact.Substring(6, 8);
        if (!DateOnly.TryParseExact(birthText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < EarliestYear)
        {
            return IdentityNumberResult.Fail($"身份证号第 7 到 14 位的出生日期“{birthText}”不是有效日期，请核对。");
        }

        if (birth > today)
        {
            return IdentityNumberResult.Fail($"身份证号中的出生日期 {birth:yyyy-MM-dd} 晚于今天，请核对。");
        }

        var expected = PersonalNumbers.CheckCharacter(compact[..17]);
        if (compact[17] != expected)
        {
            return IdentityNumberResult.Fail($"身份证号校验位不对：按前 17 位算，最后一位应是“{expected}”，现在是“{compact[17]}”。请逐位核对。");
        }

        var sex = (compact[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;
        return IdentityNumberResult.Ok(new IdentityNumber(compact, birth, sex) { WasUpgraded = upgraded });
    }

    /// <summary>What disagrees with the rest of the record, as (field, message); empty when both agree or are not given.</summary>
    public IReadOnlyList<(string Field, string Message)> Disagreements(DateOnly? birthDate, Sex? sex, string birthField = "birthDate", string sexField = "sex")
    {
        var found = new List<(string, string)>();
        if (birthDate is { } birth && birth != BirthDate)
        {
            found.Add((birthField, $"出生时间 {birth:yyyy-MM-dd} 与身份证号中的出生日期 {BirthDate:yyyy-MM-dd} 不一致。"));
        }

        if (sex is { } given && given != Sex)
        {
            found.Add((sexField, $"性别“{given.Label()}”与身份证号不一致（第 17 位表示“{Sex.Label()}”）。"));
        }

        return found;
    }

    public override string ToString() => Value;
}

namespace Portal.Modules.Archives.Domain;

/// <summary>
/// A 联系电话 as the archive keeps it: a mobile number (1[3-9] and 9 more digits) or a landline with its area code
/// (010 and 02X take three digits, every other area code four; the local number 7 or 8 digits). Stored as digits,
/// shown as 138 0000 5678 or 0514-8765 4321.
/// </summary>
internal sealed record PhoneNumber(string Digits, bool IsMobile)
{
    public static PhoneNumberResult Parse(string? text)
    {
        var compact = ChineseText.Compact(text).Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal)
            .Replace("（", "", StringComparison.Ordinal).Replace("）", "", StringComparison.Ordinal);
        if (compact.Length == 0)
        {
            return PhoneNumberResult.Fail("请填写联系电话。");
        }

        if (compact.StartsWith('+'))
        {
            compact = compact[1..];
        }

        if (!compact.All(char.IsAsciiDigit))
        {
            return PhoneNumberResult.Fail("联系电话只能是数字（可以带空格或横线），请核对。");
        }

        if (compact.StartsWith("0086", StringComparison.Ordinal))
        {
            compact = compact[4..];
        }
        else if (compact.Length == 13 && compact.StartsWith("86", StringComparison.Ordinal))
        {
            compact = compact[2..];
        }

        if (compact.StartsWith('1'))
        {
            return compact.Length == 11 && compact[1] is >= '3' and <= '9'
                ? PhoneNumberResult.Ok(new PhoneNumber(compact, IsMobile: true))
                : PhoneNumberResult.Fail("手机号应为 11 位，以 13 到 19 开头，请核对。");
        }

        if (!compact.StartsWith('0'))
        {
            return PhoneNumberResult.Fail("座机号请带区号（如 0514-87654321）；手机号应为 11 位，以 1 开头。");
        }

        var areaLength = compact.Length > 1 && compact[1] is '1' or '2' ? 3 : 4;
        var local = compact.Length > areaLength ? compact[areaLength..] : "";
        return local.Length is 7 or 8 && local[0] is not ('0' or '1')
            ? PhoneNumberResult.Ok(new PhoneNumber(compact, IsMobile: false))
            : PhoneNumberResult.Fail($"座机号的区号“{compact[..Math.Min(areaLength, compact.Length)]}”后面应是 7 或 8 位号码，请核对。");
    }

    /// <summary>How a person reads it back: "138 0000 5678", "0514-8765 4321".</summary>
    public string Display => IsMobile
        ? $"{Digits[..3]} {Digits[3..7]} {Digits[7..]}"
        : Digits[..AreaLength] + "-" + (Digits.Length - AreaLength == 8 ? Digits[AreaLength..(AreaLength + 4)] + " " + Digits[(AreaLength + 4)..] : Digits[AreaLength..]);

    private int AreaLength => Digits[1] is '1' or '2' ? 3 : 4;

    public override string ToString() => Digits;
}

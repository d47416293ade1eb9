using System.Globalization;

namespace Portal.Modules.Archives.Domain;

/// <summary>
/// Reads what a clerk typed into one field into its stored spelling (dates yyyy-MM-dd, numbers invariant, 身份证号 18
/// characters, phones as digits), or says in Chinese why it cannot. Nothing is guessed: a date without its day is refused.
/// </summary>
internal static class FieldValue
{
    private static readonly string[] DateFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];

    /// <summary>(stored value, null) or (null, reason); an empty input gives ("", null) and is the caller's to refuse if required.</summary>
    public static (string? Value, string? Error) Normalise(FormField field, string? typed, DateOnly today)
    {
        var text = ChineseText.ToHalfWidth(typed ?? "").Trim();
        if (text.Length == 0)
        {
            return ("", null);
        }

        switch (field.Type)
        {
            case FieldTypes.Number:
                return decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? (number.ToString(CultureInfo.InvariantCulture), null)
                    : (null, $"{field.Label}应填数字，“{text}”不是数字。");
            case FieldTypes.Date:
                return ParseDate(text) is { } date
                    ? (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null)
                    : (null, $"{field.Label}“{text}”不是完整的日期，请写成 1955-03-01 这样的年月日。");
            case FieldTypes.Choice:
                return field.Options.Contains(text, StringComparer.Ordinal)
                    ? (text, null)
                    : (null, $"{field.Label}只能从列表中选择，“{text}”不在其中。");
            case FieldTypes.IdNumber:
                var id = IdentityNumber.Parse(text, today);
                return id.IsValid ? (id.Number!.Value, null) : (null, id.Error);
            case FieldTypes.Phone:
                var phone = PhoneNumber.Parse(text);
                return phone.IsValid ? (phone.Number!.Digits, null) : (null, $"{field.Label}：{phone.Error}");
            default:
                return text.Length <= 500 ? (text, null) : (null, $"{field.Label}不能超过 500 个字。");
        }
    }

    public static DateOnly? ParseDate(string? text)
        => DateOnly.TryParseExact(ChineseText.ToHalfWidth(text ?? "").Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>How a stored sensitive value shows in lists and on the record: enough to recognise, not to use.</summary>
    public static string Mask(FormField field, string value) => field.Type switch
    {
        _ when value.Length == 0 => "",
        FieldTypes.IdNumber => Portal.Core.Security.PersonalDataMasking.IdNumber(value),
        FieldTypes.Phone => Portal.Core.Security.PersonalDataMasking.Phone(value),
        FieldTypes.Address => value[..Math.Min(6, value.Length)] + "****",
        _ => "******",
    };
}

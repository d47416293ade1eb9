namespace Portal.Core.Security;

/// <summary>Masks personal numbers for lists and exports (敏感个人信息默认脱敏).</summary>
public static class PersonalDataMasking
{
    /// <summary>"13912345678" → "139****5678"; short or empty values are masked whole.</summary>
    public static string Phone(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "";
        }

        var digits = phone.Trim();
        return digits.Length < 7 ? new string('*', digits.Length) : digits[..3] + "****" + digits[^4..];
    }

    /// <summary>"32108119550312001X" → "3210**********001X": the province and city stay, birth date and sequence go.</summary>
    public static string IdNumber(string? idNumber)
    {
        if (string.IsNullOrWhiteSpace(idNumber))
        {
            return "";
        }

        var text = idNumber.Trim();
        return text.Length < 12 ? new string('*', text.Length) : text[..4] + new string('*', text.Length - 8) + text[^4..];
    }
}

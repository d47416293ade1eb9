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
}

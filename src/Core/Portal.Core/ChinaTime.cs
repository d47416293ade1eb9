namespace Portal.Core;

/// <summary>
/// Times as readers and editors in China see them (UTC+8, no daylight saving): stored times are UTC, shown and
/// typed times are Beijing time, whatever zone the server runs in.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(DateTime.SpecifyKind(utc, DateTimeKind.Utc) + Offset, DateTimeKind.Unspecified);

    /// <summary>A Beijing time typed in a form (datetime-local) as UTC.</summary>
    public static DateTime ToUtc(DateTime beijing) => DateTime.SpecifyKind(DateTime.SpecifyKind(beijing, DateTimeKind.Unspecified) - Offset, DateTimeKind.Utc);

    /// <summary>YYYY-MM-DD HH:MM, the form government sites show.</summary>
    public static string Minutes(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Day(DateTime utc) => FromUtc(utc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value of a datetime-local input.</summary>
    public static string Input(DateTime? utc) => utc is { } value ? FromUtc(value).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(FromUtc(clock.GetUtcNow().UtcDateTime));
}

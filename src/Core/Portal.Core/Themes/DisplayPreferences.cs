using Microsoft.AspNetCore.Http;

namespace Portal.Core.Themes;

/// <summary>
/// The reader's display choices (长辈模式, text size, high contrast) and read-aloud speed (语速), kept in
/// a cookie on the device and applied on the server (classes on the html element, the marked 语速), so
/// they work without JavaScript. <paramref name="Rate"/> null means "not chosen": slow in 长辈模式.
/// </summary>
public sealed record DisplayPreferences(bool Elder, int TextSize, bool HighContrast, SpeechRate? Rate = null)
{
    public const string CookieName = "portal-display";

    public static readonly DisplayPreferences Default = new(false, 0, false);

    /// <summary>Text sizes offered: 标准, 大, 特大.</summary>
    public static readonly IReadOnlyList<string> TextSizeNames = ["标准", "大", "特大"];

    /// <summary>语速 names offered, by <see cref="SpeechRate"/> value.</summary>
    public static readonly IReadOnlyList<string> SpeechRateNames = ["慢", "正常", "快"];

    /// <summary>The speed read-aloud uses: the reader's choice, else slow for elders and normal for others.</summary>
    public SpeechRate EffectiveRate => Rate ?? (Elder ? SpeechRate.Slow : SpeechRate.Normal);

    public string CssClasses => string.Join(' ', new[]
    {
        Elder ? "mode-elder" : "mode-standard",
        $"text-{TextSize}",
        HighContrast ? "contrast-high" : null,
    }.Where(c => c is not null));

    public static DisplayPreferences From(HttpRequest request)
    {
        var value = request.Cookies[CookieName];
        if (string.IsNullOrEmpty(value))
        {
            return Default;
        }

        var parts = value.Split('.');
        return new DisplayPreferences(
            parts.Contains("elder"),
            parts.Contains("t2") ? 2 : parts.Contains("t1") ? 1 : 0,
            parts.Contains("hc"),
            parts.Contains("r0") ? SpeechRate.Slow : parts.Contains("r1") ? SpeechRate.Normal : parts.Contains("r2") ? SpeechRate.Fast : null);
    }

    public string ToCookie() => string.Join('.', new[] { Elder ? "elder" : "std", $"t{TextSize}", HighContrast ? "hc" : null, Rate is { } rate ? $"r{(int)rate}" : null }.Where(p => p is not null));
}

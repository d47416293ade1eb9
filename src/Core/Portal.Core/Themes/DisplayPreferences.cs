using Microsoft.AspNetCore.Http;

namespace Portal.Core.Themes;

/// <summary>
/// The reader's display choices (长辈模式, text size, high contrast), kept in a cookie on the device
/// and applied on the server as classes on the html element, so they work without JavaScript.
/// </summary>
public sealed record DisplayPreferences(bool Elder, int TextSize, bool HighContrast)
{
    public const string CookieName = "portal-display";

    public static readonly DisplayPreferences Default = new(false, 0, false);

    /// <summary>Text sizes offered: 标准, 大, 特大.</summary>
    public static readonly IReadOnlyList<string> TextSizeNames = ["标准", "大", "特大"];

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
            parts.Contains("hc"));
    }

    public string ToCookie() => string.Join('.', new[] { Elder ? "elder" : "std", $"t{TextSize}", HighContrast ? "hc" : null }.Where(p => p is not null));
}

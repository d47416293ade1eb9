using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Core.Themes;

/// <summary>WCAG 2.1 contrast: the main colour carries white text, so it must reach 4.5:1 against white.</summary>
public static partial class ColorContrast
{
    public const double Minimum = 4.5;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Hex();

    /// <summary>Null when the colour is usable as the main colour; otherwise why not, in Chinese.</summary>
    public static string? CheckMainColor(string? color)
    {
        if (color is null || !Hex().IsMatch(color))
        {
            return $"主色“{color}”无效：请写成 #RRGGBB 形式，例如 #9b1c1c。";
        }

        var ratio = RatioAgainstWhite(color);
        return ratio < Minimum
            ? $"主色 {color} 与白色文字的对比度只有 {ratio:0.0}:1，低于 4.5:1，老年读者难以看清。请选择更深的颜色。"
            : null;
    }

    public static double RatioAgainstWhite(string color) => 1.05 / (RelativeLuminance(color) + 0.05);

    private static double RelativeLuminance(string color)
    {
        double Channel(int offset)
        {
            var value = int.Parse(color.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return value <= 0.03928 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}

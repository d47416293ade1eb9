using Portal.Core.Themes;
using Xunit;

namespace Portal.Core.Tests.Themes;

public sealed class ColorContrastTests
{
    [Theory]
    [InlineData("#000000", 21.0)]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#767676", 4.54)]
    public void RatioAgainstWhite_MatchesWcag(string color, double expected)
        => Assert.Equal(expected, ColorContrast.RatioAgainstWhite(color), precision: 2);

    [Fact]
    public void CheckMainColor_RefusesLightColoursWithTheMeasuredRatio()
    {
        Assert.Null(ColorContrast.CheckMainColor("#9b1c1c"));
        Assert.Contains("1.1:1", ColorContrast.CheckMainColor("#ffff00"), StringComparison.Ordinal);
        Assert.Contains("#RRGGBB", ColorContrast.CheckMainColor("red"), StringComparison.Ordinal);
    }
}

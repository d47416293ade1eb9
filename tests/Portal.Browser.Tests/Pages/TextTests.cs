using Portal.Browser.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Portal.Browser.Tests.Pages;

[Collection(BrowserSuite.Name)]
public sealed class TextTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(PublicPages.InBothModes), MemberType = typeof(PublicPages))]
    public async Task BodyText_IsAtLeast18px_WithLineHeightAtLeast1_3(string pageId, DisplayMode mode)
    {
        var page = PublicPages.Find(pageId);
        await using var tab = await portal.OpenAsync(page, mode);

        var texts = (await Probe.RunAsync(tab.Page, "text")).EnumerateArray()
            .Select(t => (Name: t.GetProperty("name").GetString()!, Size: t.GetProperty("size").GetDouble(), Ratio: t.GetProperty("ratio").GetDouble()))
            .ToList();

        Assert.NotEmpty(texts);
        var smallest = texts.Min(t => t.Size);
        Figures.Record(output, page, mode, "smallest body text", $"{smallest:0.#} px, line height ≥ {texts.Min(t => t.Ratio):0.##}");
        Assert.Empty(texts.Where(t => t.Size < 18).Select(t => $"{t.Name}: {t.Size} px"));
        Assert.Empty(texts.Where(t => t.Ratio < 1.3).Select(t => $"{t.Name}: line height {t.Ratio:0.##}"));
        if (mode == DisplayMode.Elder)
        {
            var standard = await StandardSizeAsync(page);
            Assert.True(smallest > standard, $"elder mode text ({smallest} px) must be larger than normal ({standard} px)");
        }
    }

    private async Task<double> StandardSizeAsync(PublicPage page)
    {
        await using var tab = await portal.OpenAsync(page, DisplayMode.Standard);
        return (await Probe.RunAsync(tab.Page, "text")).EnumerateArray().Min(t => t.GetProperty("size").GetDouble());
    }
}

using Portal.Browser.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Portal.Browser.Tests.Pages;

[Collection(BrowserSuite.Name)]
public sealed class TargetSizeTests(BrowserPortal portal, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(PublicPages.InBothModes), MemberType = typeof(PublicPages))]
    public async Task EveryTarget_Is60x60InElderMode_And44x44Otherwise(string pageId, DisplayMode mode)
    {
        var page = PublicPages.Find(pageId);
        await using var tab = await portal.OpenAsync(page, mode);
        var minimum = mode == DisplayMode.Elder ? 60 : 44;

        var targets = (await Probe.RunAsync(tab.Page, "targets")).EnumerateArray()
            .Select(t => (Name: t.GetProperty("name").GetString()!, Width: t.GetProperty("width").GetDouble(), Height: t.GetProperty("height").GetDouble(), Inline: t.GetProperty("inline").GetBoolean()))
            .ToList();

        Assert.NotEmpty(targets);
        var sized = targets.Where(t => !t.Inline).ToList();
        var smallest = sized.MinBy(t => Math.Min(t.Width, t.Height));
        Figures.Record(output, page, mode, "smallest target", $"{smallest.Width:0}×{smallest.Height:0} px ({smallest.Name}); inline links exempt: {targets.Count(t => t.Inline)}");
        Assert.Empty(sized.Where(t => t.Width < minimum - 0.5 || t.Height < minimum - 0.5).Select(t => $"{t.Name}: {t.Width:0.#}×{t.Height:0.#}"));
    }
}

using Portal.Browser.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace Portal.Browser.Tests.Pages;

[Collection(BrowserSuite.Name)]
public sealed class PlainPageTests(BrowserPortal portal, ITestOutputHelper output)
{
    private const int CodeBudget = 150 * 1024;

    [Theory]
    [MemberData(nameof(PublicPages.InBothModes), MemberType = typeof(PublicPages))]
    public async Task Page_LoadsNothingFromOutside_AndStaysUnder150KBOfCssAndJs(string pageId, DisplayMode mode)
    {
        var page = PublicPages.Find(pageId);
        await using var tab = await portal.OpenAsync(page, mode);
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        var plain = await Probe.RunAsync(tab.Page, "plain");
        var bytes = plain.GetProperty("codeBytes").GetInt32();
        Figures.Record(output, page, mode, "CSS+JS bytes", $"{bytes} ({string.Join(", ", plain.GetProperty("codeFiles").EnumerateArray().Select(f => f.GetString()))})");

        Assert.NotEmpty(tab.Requests);
        Assert.DoesNotContain(tab.Requests, url => !url.StartsWith(tab.BaseUrl + "/", StringComparison.Ordinal));
        Assert.InRange(bytes, 1, CodeBudget);
    }

    [Theory]
    [MemberData(nameof(PublicPages.InBothModes), MemberType = typeof(PublicPages))]
    public async Task Page_HasNoPopupsAndNothingMovingByItself(string pageId, DisplayMode mode)
    {
        await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), mode);
        await tab.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        var plain = await Probe.RunAsync(tab.Page, "plain");

        Assert.Empty(plain.GetProperty("popups").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0, plain.GetProperty("moving").GetInt32());
        Assert.Empty(tab.Popups);
    }
}

using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

[Collection(BrowserSuite.Name)]
public sealed class LayoutTests(BrowserPortal portal)
{
    /// <summary>320 px: a small phone in WeChat. 640 px: a 1280 px window at 200 % zoom.</summary>
    [Theory]
    [MemberData(nameof(PublicPages.InBothModesAndLargestText), MemberType = typeof(PublicPages))]
    public async Task Page_NeverScrollsSideways_At320pxOr200PercentZoom(string pageId, DisplayMode mode)
    {
        foreach (var width in new[] { 320, 640 })
        {
            await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), mode, new TabOptions(Width: width, Height: 640));

            var overflow = await tab.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var wider = await tab.Page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.skip-link')).map(e => e.tagName + '.' + e.className).slice(0, 5)");

            Assert.True(overflow <= 0, $"{width} px: the page is {overflow} px wider than the screen ({string.Join(", ", wider)})");
            Assert.Empty(wider);
        }
    }
}

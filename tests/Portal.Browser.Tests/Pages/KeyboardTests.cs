using System.Text.Json;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

[Collection(BrowserSuite.Name)]
public sealed class KeyboardTests(BrowserPortal portal)
{
    [Theory]
    [MemberData(nameof(PublicPages.InBothModes), MemberType = typeof(PublicPages))]
    public async Task SkipLink_IsTheFirstTabStop_AndTakesFocusToTheMainText(string pageId, DisplayMode mode)
    {
        await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), mode);
        var page = tab.Page;

        await page.Keyboard.PressAsync("Tab");
        var first = await Probe.RunAsync(page, "focused");
        var skip = page.Locator(":focus");
        Assert.Equal("跳到正文", (await skip.TextContentAsync())?.Trim());
        Assert.True(first.GetProperty("ring").GetBoolean());
        Assert.True(await skip.IsVisibleAsync());
        var box = (await skip.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.Y >= 0, "the skip link shows on screen when focused");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [MemberData(nameof(PublicPages.InBothModes), MemberType = typeof(PublicPages))]
    public async Task EveryAction_IsReachedByTab_WithAVisibleFocusRing(string pageId, DisplayMode mode)
    {
        await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), mode);
        var page = tab.Page;
        var actions = (await Probe.RunAsync(page, "focusables")).EnumerateArray().Select(a => a.GetString()!).ToList();
        var reached = new HashSet<int>();
        var withoutRing = new List<string>();

        for (var step = 0; step < actions.Count + 5 && reached.Count < actions.Count; step++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await Probe.RunAsync(page, "focused");
            var probe = focused.GetProperty("probe").GetInt32();
            if (probe >= 0 && reached.Add(probe) && !(focused.GetProperty("ring").GetBoolean() && focused.GetProperty("matchesFocusVisible").GetBoolean()))
            {
                withoutRing.Add(focused.GetProperty("name").GetString()!);
            }
        }

        Assert.Empty(actions.Where((_, index) => !reached.Contains(index)));
        Assert.Empty(withoutRing);
        Assert.Equal("none", await UnfocusedOutlineAsync(page));
    }

    /// <summary>The ring comes from focus: a link that is not focused has none.</summary>
    private static async Task<string> UnfocusedOutlineAsync(IPage page)
    {
        await page.EvaluateAsync("() => document.activeElement.blur()");
        return await page.Locator("main a[href], header a[href]").Last.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
    }
}

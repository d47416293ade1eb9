using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

/// <summary>语速 beside the read-aloud buttons: slow by default in 长辈模式, switched in place with the keyboard, remembered on the device.</summary>
[Collection(BrowserSuite.Name)]
public sealed class SpeechRateTests(BrowserPortal portal)
{
    [Theory]
    [MemberData(nameof(PublicPages.WithReadAloud), MemberType = typeof(PublicPages))]
    public async Task SpeechRate_SwitchesWhileReadingByKeyboard_WithoutReload_AndIsRemembered(string pageId, DisplayMode mode)
    {
        await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), mode, new TabOptions(InitScript: Probe.Script("fake-speech")));
        var page = tab.Page;
        var rates = page.GetByRole(AriaRole.Group, new() { Name = "语速" });
        var expectedDefault = mode == DisplayMode.Elder ? "慢" : "正常";
        Assert.Equal(expectedDefault, await rates.Locator("a[aria-current=true]").InnerTextAsync());
        foreach (var name in new[] { "慢", "正常", "快" })
        {
            await ReadAloudTests.AssertLargeAsync(rates.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }), mode);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "开始朗读" }).ClickAsync();
        var first = (await ReadAloudTests.CallsAsync(page))[^1];
        Assert.Equal(mode == DisplayMode.Elder ? 0.7 : 1.0, first.Rate);
        await page.EvaluateAsync("() => { window.__notReloaded = true; }");

        // From 暂停 (focused after starting), Tab to 快 and press Enter: the keyboard path an elder without a mouse takes.
        for (var i = 0; i < 8 && await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()") != "快"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await page.Keyboard.PressAsync("Enter");

        Assert.True(await page.EvaluateAsync<bool>("() => window.__notReloaded === true"), "the page was reloaded");
        Assert.Equal("快", await rates.Locator("a[aria-current=true]").InnerTextAsync());
        var calls = await ReadAloudTests.CallsAsync(page);
        Assert.Equal(("cancel", "speak"), (calls[^2].Call, calls[^1].Call));
        Assert.Equal((first.Text, 1.3), (calls[^1].Text, calls[^1].Rate)); // the paragraph being read starts again, faster
        Assert.Equal(calls[^1].Text, await page.Locator(".is-reading").EvaluateAsync<string>("e => e.tagName === 'TR' ? [...e.cells].map(c => c.textContent.trim()).join('，') : e.textContent.replace(/\\s+/g, ' ').trim()"));
        Assert.Contains("r2", (await page.Context.CookiesAsync()).Single(c => c.Name == "portal-display").Value.Split('.'));

        await page.ReloadAsync();
        Assert.Equal("快", await rates.Locator("a[aria-current=true]").InnerTextAsync());
        Assert.Contains(mode == DisplayMode.Elder ? "mode-elder" : "mode-standard", await page.GetAttributeAsync("html", "class") ?? "");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始朗读" }).ClickAsync();
        Assert.Equal(1.3, (await ReadAloudTests.CallsAsync(page))[^1].Rate);
    }
}

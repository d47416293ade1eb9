using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

/// <summary>Read-aloud on article-like pages, observed through a recording stand-in for speechSynthesis.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReadAloudTests(BrowserPortal portal)
{
    [Theory]
    [MemberData(nameof(PublicPages.WithReadAloud), MemberType = typeof(PublicPages))]
    public async Task ReadAloud_ReadsParagraphByParagraphInChinese_AndPausesResumesStops(string pageId, DisplayMode mode)
    {
        await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), mode, new TabOptions(InitScript: Probe.Script("fake-speech")));
        var page = tab.Page;
        var start = page.GetByRole(AriaRole.Button, new() { Name = "开始朗读" });
        await AssertLargeAsync(start, mode);
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "停止" }).IsVisibleAsync());

        await start.ClickAsync();
        var first = await CallsAsync(page);
        Assert.Equal(("speak", "zh-CN", "普通话（本机）"), (first[^1].Call, first[^1].Lang, first[^1].Voice));
        Assert.Equal(first[^1].Text, await HighlightedTextAsync(page));

        await page.EvaluateAsync("() => window.__speech.finishCurrent()");
        var second = await CallsAsync(page);
        Assert.Equal("speak", second[^1].Call);
        Assert.NotEqual(first[^1].Text, second[^1].Text);
        Assert.Equal(second[^1].Text, await HighlightedTextAsync(page));
        Assert.Equal(1, await page.Locator(".is-reading").CountAsync());
        Assert.Empty((await page.RunAxe(AccessibilityTests.Wcag21AA)).Violations.Select(v => v.Id));

        var pause = page.GetByRole(AriaRole.Button, new() { Name = "暂停" });
        await AssertLargeAsync(pause, mode);
        await pause.ClickAsync();
        Assert.Equal("cancel", (await CallsAsync(page))[^1].Call); // silent at once; the place is kept
        Assert.Equal(second[^1].Text, await HighlightedTextAsync(page));

        var resume = page.GetByRole(AriaRole.Button, new() { Name = "继续" });
        await AssertLargeAsync(resume, mode);
        await resume.ClickAsync();
        Assert.Equal(("speak", second[^1].Text), ((await CallsAsync(page))[^1].Call, (await CallsAsync(page))[^1].Text)); // that paragraph again, whole

        var stop = page.GetByRole(AriaRole.Button, new() { Name = "停止" });
        await AssertLargeAsync(stop, mode);
        await stop.ClickAsync();
        var calls = await CallsAsync(page);
        Assert.Contains(calls, c => c.Call == "cancel");
        Assert.Equal("cancel", calls[^1].Call);
        Assert.Equal(0, await page.Locator(".is-reading, [aria-current=true]:not(a)").CountAsync());
        Assert.True(await start.IsVisibleAsync());
    }

    [Theory]
    [MemberData(nameof(PublicPages.WithReadAloud), MemberType = typeof(PublicPages))]
    public async Task ReadAloud_IsHidden_WhereTheBrowserCannotSpeak(string pageId, DisplayMode mode)
    {
        await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), mode, new TabOptions(InitScript: Probe.Script("no-speech")));

        Assert.Equal(1, await tab.Page.Locator("[data-read-aloud]").CountAsync());
        Assert.False(await tab.Page.Locator("[data-read-aloud]").IsVisibleAsync());
    }

    internal static async Task AssertLargeAsync(ILocator button, DisplayMode mode)
    {
        Assert.True(await button.IsVisibleAsync());
        var box = (await button.BoundingBoxAsync())!;
        var minimum = mode == DisplayMode.Elder ? 60 : 44;
        Assert.True(box.Width >= minimum && box.Height >= minimum, $"button {box.Width}×{box.Height} < {minimum}");
    }

    private static async Task<string> HighlightedTextAsync(IPage page)
        => await page.Locator(".is-reading[aria-current=true]").EvaluateAsync<string>(
            "e => e.tagName === 'TR' ? [...e.cells].map(c => c.textContent.trim()).join('，') : e.textContent.replace(/\\s+/g, ' ').trim()");

    internal static async Task<List<SpeechCall>> CallsAsync(IPage page)
        => (await page.EvaluateAsync<JsonElement>("() => window.__speech.log")).EnumerateArray()
            .Select(c => new SpeechCall(
                c.GetProperty("call").GetString()!,
                c.TryGetProperty("text", out var text) ? text.GetString() : null,
                c.TryGetProperty("lang", out var lang) ? lang.GetString() : null,
                c.TryGetProperty("voice", out var voice) ? voice.GetString() : null,
                c.TryGetProperty("rate", out var rate) ? rate.GetDouble() : null))
            .ToList();

    internal sealed record SpeechCall(string Call, string? Text, string? Lang, string? Voice = null, double? Rate = null);
}

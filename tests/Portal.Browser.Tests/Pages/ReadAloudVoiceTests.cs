using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

/// <summary>Which voice read-aloud chooses from what the device lists, and what it says when none is Mandarin.</summary>
[Collection(BrowserSuite.Name)]
public sealed class ReadAloudVoiceTests(BrowserPortal portal)
{
    private const string Document = "policy-document@clear";

    [Theory]
    [InlineData("en-US:本机英语|zh-HK:粤语|cmn:espeak 普通话|zh-CN@net:网络普通话", "espeak 普通话")]
    [InlineData("en-GB:英语|zh:中文|zh-TW:台湾华语|cmn:espeak 普通话", "台湾华语")]
    [InlineData("cmn:espeak 普通话|zh:中文", "中文")]
    [InlineData("zh_CN:安卓普通话|zh-TW:台湾华语", "安卓普通话")]
    [InlineData("zh-CN@net:网络普通话|en-US:英语", "网络普通话")]
    public async Task ReadAloud_ChoosesLocalMandarinVoice_ZhCnThenZhThenCmn(string listed, string expected)
    {
        await using var tab = await OpenWithVoicesAsync(listed, DisplayMode.Standard);

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "开始朗读" }).ClickAsync();

        var speak = (await ReadAloudTests.CallsAsync(tab.Page)).Last(c => c.Call == "speak");
        Assert.Equal(expected, speak.Voice);
        Assert.Equal(expected, await tab.Page.Locator("[data-read-aloud]").GetAttributeAsync("data-voice"));
    }

    [Theory]
    [MemberData(nameof(PublicPages.WithReadAloud), MemberType = typeof(PublicPages))]
    public async Task ReadAloud_WithoutMandarinVoice_SaysSoAndNeverReadsWithAForeignVoice(string pageId, DisplayMode mode)
    {
        await using var tab = await OpenWithVoicesAsync("en-US:英语|fr-FR:法语|zh-HK:粤语", mode, pageId);
        var page = tab.Page;
        var box = page.Locator("[data-read-aloud]");

        await Assertions.Expect(box.GetByText("本设备没有中文语音")).ToBeVisibleAsync();
        Assert.False(await box.GetByRole(AriaRole.Button, new() { Name = "开始朗读" }).IsVisibleAsync());
        Assert.DoesNotContain(await ReadAloudTests.CallsAsync(page), c => c.Call == "speak");
        Assert.Empty((await page.RunAxe(AccessibilityTests.Wcag21AA)).Violations.Select(v => v.Id));
    }

    [Fact]
    public async Task ReadAloud_WhereTheBrowserListsNoVoicesAtAll_SaysSoWhenStarted()
    {
        var script = Probe.Script("fake-speech") + "\nwindow.__speech.setVoices([]);";
        await using var tab = await portal.OpenAsync(PublicPages.Find(Document), DisplayMode.Elder, new TabOptions(InitScript: script));
        var box = tab.Page.Locator("[data-read-aloud]");

        await box.GetByRole(AriaRole.Button, new() { Name = "开始朗读" }).ClickAsync();

        await Assertions.Expect(box.GetByText("本设备没有中文语音")).ToBeVisibleAsync();
        Assert.DoesNotContain(await ReadAloudTests.CallsAsync(tab.Page), c => c.Call == "speak");
    }

    /// <summary>Opens a page whose fake speech engine lists <paramref name="listed"/>: "lang[@net]:name|…".</summary>
    private async Task<BrowserTab> OpenWithVoicesAsync(string listed, DisplayMode mode, string pageId = Document)
    {
        var voices = listed.Split('|').Select(entry =>
        {
            var (lang, name) = (entry[..entry.IndexOf(':', StringComparison.Ordinal)], entry[(entry.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            var network = lang.EndsWith("@net", StringComparison.Ordinal);
            return new { name, lang = network ? lang[..^4] : lang, localService = !network };
        });
        var script = Probe.Script("fake-speech") + $"\nwindow.__speech.setVoices({System.Text.Json.JsonSerializer.Serialize(voices)});";
        return await portal.OpenAsync(PublicPages.Find(pageId), mode, new TabOptions(InitScript: script));
    }
}

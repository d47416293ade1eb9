using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

/// <summary>The 长辈模式 / 字号 / 高对比度 switch: plain links, so these tests run with JavaScript switched off.</summary>
[Collection(BrowserSuite.Name)]
public sealed class DisplaySwitchTests(BrowserPortal portal)
{
    private static readonly TabOptions NoScript = new(JavaScript: false);

    [Theory]
    [MemberData(nameof(PublicPages.Each), MemberType = typeof(PublicPages))]
    public async Task Header_OffersElderModeThreeTextSizesAndHighContrast(string pageId)
    {
        await using var tab = await portal.OpenAsync(PublicPages.Find(pageId), DisplayMode.Standard, NoScript);
        var header = tab.Page.Locator("header").GetByRole(AriaRole.Navigation, new() { Name = "阅读设置" });

        Assert.True(await header.GetByRole(AriaRole.Link, new() { Name = "长辈模式", Exact = true }).IsVisibleAsync());
        foreach (var size in new[] { "标准", "大", "特大" })
        {
            Assert.True(await header.GetByRole(AriaRole.Link, new() { Name = size, Exact = true }).IsVisibleAsync());
        }

        Assert.True(await header.GetByRole(AriaRole.Link, new() { Name = "高对比度", Exact = true }).IsVisibleAsync());
    }

    [Theory]
    [MemberData(nameof(PublicPages.Each), MemberType = typeof(PublicPages))]
    public async Task ElderMode_WorksWithoutJavaScript_AndIsRememberedOnTheDevice(string pageId)
    {
        var page = PublicPages.Find(pageId);
        await using var tab = await portal.OpenAsync(page, DisplayMode.Standard, NoScript);
        var before = await BodySizeAsync(tab.Page);

        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "长辈模式", Exact = true }).ClickAsync();

        Assert.Equal(tab.BaseUrl + page.Path, Uri.UnescapeDataString(tab.Page.Url)); // the browser shows a query in Chinese percent-encoded
        Assert.Contains("mode-elder", await tab.Page.GetAttributeAsync("html", "class") ?? "");
        Assert.True(await BodySizeAsync(tab.Page) > before);
        var cookie = (await tab.Page.Context.CookiesAsync()).Single(c => c.Name == "portal-display");
        Assert.True(DateTimeOffset.FromUnixTimeSeconds((long)cookie.Expires) > DateTimeOffset.UtcNow.AddDays(300), "remembered for a year");

        await tab.Page.ReloadAsync();
        Assert.Contains("mode-elder", await tab.Page.GetAttributeAsync("html", "class") ?? "");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "退出长辈模式" }).ClickAsync();
        Assert.DoesNotContain("mode-elder", await tab.Page.GetAttributeAsync("html", "class") ?? "");
    }

    [Theory]
    [InlineData(DisplayMode.Standard)]
    [InlineData(DisplayMode.Elder)]
    public async Task TextSizes_GrowWithEachStep(DisplayMode mode)
    {
        await using var tab = await portal.OpenAsync(PublicPages.All.First(p => p.Kind.Name == "home"), mode, NoScript);
        var sizes = new List<double>();

        foreach (var size in new[] { "标准", "大", "特大" })
        {
            await tab.Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = size, Exact = true }).ClickAsync();
            sizes.Add(await BodySizeAsync(tab.Page));
        }

        Assert.True(sizes[0] >= (mode == DisplayMode.Elder ? 18 : 16) && sizes[0] < sizes[1] && sizes[1] < sizes[2], string.Join(" < ", sizes));
    }

    [Fact]
    public async Task HighContrast_TurnsTextBlackOnWhite_AndBack()
    {
        await using var tab = await portal.OpenAsync(PublicPages.All.First(p => p.Kind.Name == "home"), DisplayMode.Standard, NoScript);

        await tab.Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "高对比度" }).ClickAsync();

        Assert.Contains("contrast-high", await tab.Page.GetAttributeAsync("html", "class") ?? "");
        Assert.Equal("rgb(0, 0, 0)", await tab.Page.Locator("main p").First.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("true", await tab.Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "高对比度" }).GetAttributeAsync("aria-current"));
        await tab.Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "高对比度" }).ClickAsync();
        Assert.DoesNotContain("contrast-high", await tab.Page.GetAttributeAsync("html", "class") ?? "");
    }

    private static async Task<double> BodySizeAsync(IPage page)
        => await page.Locator("main p, main label").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
}

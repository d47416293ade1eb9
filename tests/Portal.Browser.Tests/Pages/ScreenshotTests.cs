using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

/// <summary>
/// A screenshot (800 px wide) of each page kind in each mode, kept in artifacts/browser/screenshots;
/// docs/screenshots/update.sh copies them, compressed, to docs/screenshots for docs/elder-friendly.md.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ScreenshotTests(BrowserPortal portal)
{
    [Theory]
    [MemberData(nameof(PublicPages.InBothModes), MemberType = typeof(PublicPages))]
    public Task Screenshot_IsKept(string pageId, DisplayMode mode) => ShootAsync(PublicPages.Find(pageId), mode, 800, 1000, "");

    /// <summary>A phone in WeChat (320 px) with 长辈模式 and the largest text: the hardest layout.</summary>
    [Theory]
    [MemberData(nameof(PublicPages.Each), MemberType = typeof(PublicPages))]
    public Task PhoneScreenshot_IsKept(string pageId) => ShootAsync(PublicPages.Find(pageId), DisplayMode.ElderLargestText, 320, 900, "phone-");

    private async Task ShootAsync(PublicPage page, DisplayMode mode, int width, int height, string prefix)
    {
        await using var tab = await portal.OpenAsync(page, mode, new TabOptions(Width: width, Height: height));
        await tab.Page.EvaluateAsync("() => document.fonts.ready");

        var png = await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png, Animations = ScreenshotAnimations.Disabled });

        var name = prefix + Artifacts.FileName(page, mode, "png");
        await File.WriteAllBytesAsync(Path.Combine(Artifacts.Folder("screenshots"), name), png);

        Assert.True(png.Length > 5_000, "a blank page would be a few hundred bytes");
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.fonts.check('22px \"Noto Sans CJK SC\"', '老干部')"), "Chinese font available (fonts-noto-cjk)");
    }
}

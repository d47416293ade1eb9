using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Pages;

/// <summary>
/// A screenshot of each page kind in each mode, kept in artifacts/browser/screenshots. With
/// PORTAL_UPDATE_SCREENSHOTS=1 the same pictures (800 px wide) replace docs/screenshots for docs/elder-friendly.md.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class ScreenshotTests(BrowserPortal portal)
{
    [Theory]
    [MemberData(nameof(PublicPages.InBothModes), MemberType = typeof(PublicPages))]
    public async Task Screenshot_IsKept(string pageId, DisplayMode mode)
    {
        var page = PublicPages.Find(pageId);
        await using var tab = await portal.OpenAsync(page, mode, new TabOptions(Width: 800, Height: 1000));
        await tab.Page.EvaluateAsync("() => document.fonts.ready");

        var png = await tab.Page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png, Animations = ScreenshotAnimations.Disabled });

        var name = Artifacts.FileName(page, mode, "png");
        await File.WriteAllBytesAsync(Path.Combine(Artifacts.Folder("screenshots"), name), png);
        if (Environment.GetEnvironmentVariable("PORTAL_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(Artifacts.RepositoryRoot, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            await File.WriteAllBytesAsync(Path.Combine(docs, name), png);
        }

        Assert.True(png.Length > 5_000, "a blank page would be a few hundred bytes");
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.fonts.check('22px \"Noto Sans CJK SC\"', '老干部')"), "Chinese font available (fonts-noto-cjk)");
    }
}

using Microsoft.Playwright;
using Portal.Browser.Tests.Infrastructure;
using Xunit;

namespace Portal.Browser.Tests.Admin;

/// <summary>
/// The back office's idle timeout in a real browser, with the page's clock run forward: the large
/// 「继续使用」 warning a minute before the end, the session kept alive by it, and nothing typed lost
/// when the session does end.
/// </summary>
[Collection(BrowserSuite.Name)]
public sealed class IdleTimeoutWarningTests(BrowserPortal portal)
{
    private const string Site = PublicPages.ClearSite;

    // The page's timers are fake: wait for the navigation itself, then for the element, not for load events.
    private static readonly PageWaitForURLOptions Committed = new() { WaitUntil = WaitUntilState.Commit };

    [Fact]
    public async Task Warning_AppearsAMinuteBeforeTheEnd_ContinueKeepsTheSession_AndTypedTextSurvivesTheTimeout()
    {
        await using var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.Clock.InstallAsync();
        await SignInAsync(page, $"/{Site}/admin/branding");
        Assert.EndsWith($"/{Site}/admin/branding", page.Url, StringComparison.Ordinal);

        const string typed = "主办：中共仪征市委老干部局（页脚修改中）";
        await page.FillAsync("#Input_Footer", typed);
        var warning = page.Locator("#idle-warning");
        Assert.False(await warning.IsVisibleAsync());

        await page.Clock.FastForwardAsync("19:01");
        Assert.True(await warning.IsVisibleAsync());
        var button = page.Locator("#idle-continue");
        Assert.Equal("继续使用", (await button.TextContentAsync())?.Trim());
        Assert.Equal("idle-continue", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        var box = (await button.BoundingBoxAsync())!;
        Assert.True(box.Width >= 60 && box.Height >= 60, $"the button is large: {box.Width}×{box.Height}");

        var keepAlive = page.WaitForResponseAsync(r => r.Url.Contains("/account/keep-alive", StringComparison.Ordinal));
        await button.ClickAsync();
        Assert.True((await keepAlive).Ok);
        await page.WaitForFunctionAsync("() => document.getElementById('idle-warning').hidden");
        await page.Clock.FastForwardAsync("18:00");
        Assert.False(await warning.IsVisibleAsync());
        Assert.EndsWith($"/{Site}/admin/branding", page.Url, StringComparison.Ordinal);

        // Nobody presses the button: the page goes to sign-in, and the typed footer comes back afterwards.
        await page.Clock.FastForwardAsync("02:30");
        await page.WaitForURLAsync(url => url.Contains("/account/login", StringComparison.Ordinal), Committed);
        await page.WaitForSelectorAsync("input[name='UserName']");
        await SignInOnThisPageAsync(page);
        await page.WaitForURLAsync(url => url.EndsWith($"/{Site}/admin/branding", StringComparison.Ordinal), Committed);
        await page.WaitForSelectorAsync("#form-restored");
        Assert.Equal(typed, await page.InputValueAsync("#Input_Footer"));
    }

    private async Task SignInAsync(IPage page, string returnTo)
    {
        await page.GotoAsync($"{portal.Server.BaseUrl}/{Site}/account/login?ReturnUrl={Uri.EscapeDataString(returnTo)}");
        await SignInOnThisPageAsync(page);
        try
        {
            await page.WaitForURLAsync(url => url.EndsWith(returnTo, StringComparison.Ordinal), Committed);
        }
        catch (TimeoutException exception)
        {
            // Say what the sign-in page showed instead (a refused password, a rate limit …).
            throw new InvalidOperationException($"sign-in did not reach {returnTo}; at {page.Url}: {await page.InnerTextAsync("main")}", exception);
        }

        await page.WaitForSelectorAsync("#Input_Footer");
    }

    private async Task SignInOnThisPageAsync(IPage page)
    {
        await page.FillAsync("input[name='UserName']", "admin");
        await page.FillAsync("input[name='Password']", portal.Server.DemoPassword(Site, "admin"));
        await page.GetByRole(AriaRole.Button, new() { Name = "登录", Exact = true }).ClickAsync();
    }
}

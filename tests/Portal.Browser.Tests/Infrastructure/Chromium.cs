using Microsoft.Playwright;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>Debian's Chromium, never a downloaded one (see DEPENDENCIES.md); the flags keep it off the closed network.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        // Missing Chromium fails the run, in CI and locally alike: a skipped browser suite proves nothing.
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ExecutablePath}. Install it: apt-get install -y chromium fonts-noto-cjk");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }
}

using Microsoft.Playwright;
using Xunit;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>One portal and one Chromium for the whole browser suite; each test opens its own context (fresh cookies).</summary>
public sealed class BrowserPortal : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public PortalServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await PortalServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public Task<BrowserTab> OpenAsync(PublicPage page, DisplayMode mode, TabOptions? options = null)
        => BrowserTab.OpenAsync(this, page.Path, mode, options ?? new TabOptions());

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

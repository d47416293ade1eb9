using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>A fresh browser context (no cookies but the display choice) with one page, recording every request it makes.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private BrowserTab(IBrowserContext context, IPage page, string baseUrl)
    {
        _context = context;
        Page = page;
        BaseUrl = baseUrl;
        page.Request += (_, request) => Requests.Add(request.Url);
        page.Popup += (_, popup) => Popups.Add(popup.Url);
    }

    public IPage Page { get; }

    public string BaseUrl { get; }

    public ConcurrentBag<string> Requests { get; } = [];

    public ConcurrentBag<string> Popups { get; } = [];

    public static async Task<BrowserTab> OpenAsync(BrowserPortal portal, string path, DisplayMode mode, TabOptions options)
    {
        var context = await portal.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = options.Width, Height = options.Height },
            JavaScriptEnabled = options.JavaScript,
            Locale = "zh-CN",
        });
        var baseUrl = portal.Server.BaseUrl;
        if (DisplayCookie(mode) is { } value)
        {
            await context.AddCookiesAsync([new Cookie { Name = "portal-display", Value = value, Url = baseUrl + "/" }]);
        }

        if (options.InitScript is not null)
        {
            await context.AddInitScriptAsync(options.InitScript);
        }

        var tab = new BrowserTab(context, await context.NewPageAsync(), baseUrl);
        var response = await tab.Page.GotoAsync(baseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (response is null || !response.Ok)
        {
            throw new InvalidOperationException($"{path} answered {response?.Status}.");
        }

        return tab;
    }

    /// <summary>The cookie value the header switch writes (see DisplayPreferences.ToCookie).</summary>
    private static string? DisplayCookie(DisplayMode mode) => mode switch
    {
        DisplayMode.Elder => "elder.t0",
        DisplayMode.HighContrast => "std.t0.hc",
        DisplayMode.ElderLargestText => "elder.t2",
        _ => null,
    };

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}

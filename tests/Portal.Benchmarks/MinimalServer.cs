namespace Portal.Benchmarks;

/// <summary>
/// The yardstick: a bare ASP.NET Core endpoint in this process answering the same HTML bytes as the
/// tenant home page, so both sides send equal bodies and differ only in the work behind them.
/// </summary>
internal static class MinimalServer
{
    /// <summary>Child-process mode for the start-up yardstick: serve a page of home-page size until killed.</summary>
    public static async Task<int> ServeAsync(string url)
    {
        var app = await StartAsync(new string('x', 2500), url);
        await app.WaitForShutdownAsync();
        return 0;
    }

    public static async Task<WebApplication> StartAsync(string html, string? url = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url ?? LoopbackPort.Url(LoopbackPort.Next()).ToString().TrimEnd('/'));
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        return app;
    }
}

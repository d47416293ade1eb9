namespace Portal.Benchmarks;

/// <summary>
/// The yardstick: a bare ASP.NET Core endpoint in this process answering the same HTML bytes as the
/// tenant home page, so both sides send equal bodies and differ only in the work behind them.
/// </summary>
internal static class MinimalServer
{
    public static async Task<WebApplication> StartAsync(string html)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Production,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(LoopbackPort.Url(LoopbackPort.Next()).ToString().TrimEnd('/'));
        var app = builder.Build();
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        return app;
    }
}

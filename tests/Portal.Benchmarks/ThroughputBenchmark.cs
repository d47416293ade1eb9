using System.Text;

namespace Portal.Benchmarks;

/// <summary>
/// wrk -t2 -c32 against a tenant home page on the real host and against a minimal endpoint with
/// the same body, each measured twice in A B B A order so drift on a shared machine hits both.
/// </summary>
internal static class ThroughputBenchmark
{
    private const int WarmUpSeconds = 3;
    private const int Seconds = 10;

    public static async Task<ThroughputResult> RunAsync(HttpClient hostClient, string tenant)
    {
        var page = new Uri(hostClient.BaseAddress!, $"{tenant}/");
        var html = Encoding.UTF8.GetString(await hostClient.GetPageAsync($"{tenant}/"));
        var minimal = await MinimalServer.StartAsync(html);
        try
        {
            return await CompareAsync(page, html, minimal);
        }
        finally
        {
            await InProcessPortal.StopAsync(minimal);
        }
    }

    private static async Task<ThroughputResult> CompareAsync(Uri page, string html, WebApplication minimal)
    {
        var minimalUrl = InProcessPortal.Address(minimal);
        using (var check = HttpClients.Create(minimalUrl))
        {
            var same = await check.GetPageAsync("/");
            Console.WriteLine($"  home page {page}: {Encoding.UTF8.GetByteCount(html)} bytes; minimal endpoint {minimalUrl}: {same.Length} bytes");
        }

        await WrkRunner.RunAsync(page, WarmUpSeconds);
        await WrkRunner.RunAsync(minimalUrl, WarmUpSeconds);
        var home = new List<double>();
        var bare = new List<double>();
        foreach (var (url, isHome) in new[] { (page, true), (minimalUrl, false), (minimalUrl, false), (page, true) })
        {
            var result = await WrkRunner.RunAsync(url, Seconds);
            if (result.NonSuccessResponses > 0)
            {
                throw new InvalidOperationException($"{url} answered {result.NonSuccessResponses} non-2xx responses under wrk.");
            }

            (isHome ? home : bare).Add(result.RequestsPerSecond);
            Console.WriteLine($"  wrk -t2 -c32 -d{Seconds}s {url}: {Stats.Whole(result.RequestsPerSecond)} req/s");
        }

        return new ThroughputResult(home, bare, Encoding.UTF8.GetByteCount(html));
    }
}

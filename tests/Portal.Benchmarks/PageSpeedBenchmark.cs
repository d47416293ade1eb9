using System.Text;

namespace Portal.Benchmarks;

/// <summary>
/// Every anonymous public page kind of the demo platform against a minimal endpoint answering the same
/// bytes, in the same run: once on a host with the public-page output cache, once on a host started with
/// Portal:PublicPageCache:Enabled=false. wrk -t2 -c32, order A B B A per kind.
/// </summary>
internal static class PageSpeedBenchmark
{
    public static async Task<IReadOnlyList<PageSpeedResult>> RunAsync(string hostDll, string dataFolder, int seconds)
    {
        var results = new List<PageSpeedResult>();
        foreach (var cached in new[] { true, false })
        {
            Console.WriteLine($"  host with the output cache {(cached ? "on (default)" : "off (Portal__PublicPageCache__Enabled=false)")}");
            var environment = new Dictionary<string, string> { ["Portal__DemoOnFirstRun"] = "true", ["Portal__PublicPageCache__Enabled"] = cached ? "true" : "false" };
            var host = HostProcess.Start(hostDll, dataFolder, environment);
            await using (host)
            {
                using var client = HttpClients.Create(host.BaseAddress);
                await host.WaitUntilReadyAsync(client, TimeSpan.FromSeconds(120));
                foreach (var kind in PageKind.All)
                {
                    results.Add(await MeasureAsync(client, kind, cached, seconds));
                }
            }
        }

        return results;
    }

    private static async Task<PageSpeedResult> MeasureAsync(HttpClient client, PageKind kind, bool cached, int seconds)
    {
        var page = new Uri(client.BaseAddress!, kind.Path);
        var html = Encoding.UTF8.GetString(await client.GetPageAsync(kind.Path));
        var minimal = await MinimalServer.StartAsync(html);
        try
        {
            var minimalUrl = InProcessPortal.Address(minimal);
            await WrkRunner.RunAsync(page, 2);
            await WrkRunner.RunAsync(minimalUrl, 2);
            var pageRuns = new List<double>();
            var minimalRuns = new List<double>();
            foreach (var (url, isPage) in new[] { (page, true), (minimalUrl, false), (minimalUrl, false), (page, true) })
            {
                var result = await WrkRunner.RunAsync(url, seconds);
                if (result.NonSuccessResponses > 0)
                {
                    throw new InvalidOperationException($"{url} answered {result.NonSuccessResponses} non-2xx responses under wrk.");
                }

                (isPage ? pageRuns : minimalRuns).Add(result.RequestsPerSecond);
            }

            var measured = new PageSpeedResult(kind, cached, Encoding.UTF8.GetByteCount(html), pageRuns, minimalRuns);
            Console.WriteLine($"  {kind.Name,-16} {measured.BodyBytes,6} B  page {Stats.List(pageRuns)} req/s  minimal {Stats.List(minimalRuns)} req/s  ratio {measured.Ratio:0.00}   [load {LoadAverage.Read()}]");
            return measured;
        }
        finally
        {
            await InProcessPortal.StopAsync(minimal);
        }
    }
}

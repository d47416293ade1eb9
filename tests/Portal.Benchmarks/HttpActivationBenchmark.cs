using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>
/// First request to each tenant's home page on a running host: tenant resolution (one registry
/// query), activation (opening its database, checking its schema) and the first render. The same
/// pages are then requested again to show what a warm request costs.
/// </summary>
internal static class HttpActivationBenchmark
{
    public static async Task<(LatencyResult Cold, LatencyResult Warm)> RunAsync(HttpClient client, string warmUp, IReadOnlyList<string> tenants)
    {
        // Several requests to one tenant first, so JIT and Razor's first render are not counted as activation.
        for (var i = 0; i < 5; i++)
        {
            await client.GetPageAsync($"{warmUp}/");
        }

        var cold = await TimeAsync(client, tenants);
        var warm = await TimeAsync(client, tenants);
        return (new LatencyResult(cold, 0), new LatencyResult(warm, 0));
    }

    private static async Task<List<double>> TimeAsync(HttpClient client, IReadOnlyList<string> tenants)
    {
        var timings = new List<double>(tenants.Count);
        foreach (var name in tenants)
        {
            var watch = Stopwatch.StartNew();
            await client.GetPageAsync($"{name}/");
            timings.Add(watch.Elapsed.TotalMilliseconds);
        }

        return timings;
    }
}

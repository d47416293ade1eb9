using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Policies.Benchmarks;

/// <summary>
/// Many connections at once (issue 14, finding 17): wrk -t2 -c64 with <c>wrk-search.lua</c>, which walks the
/// same query mix as the latency measurement, each request a full search.
/// </summary>
internal static partial class Wrk
{
    public static async Task<(string Output, string Row)> RunAsync(Uri baseAddress, string site, IReadOnlyList<string> queries, int seconds, string folder)
    {
        var file = Path.Combine(folder, "wrk-queries.txt");
        await File.WriteAllLinesAsync(file, queries.Select(Uri.EscapeDataString));
        var script = Path.Combine(AppContext.BaseDirectory, "wrk-search.lua");
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t2", "-c64", $"-d{seconds}s", "--timeout", "10s", "--latency", "-s", script, baseAddress.ToString().TrimEnd('/'), "--", file, site })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var rate = RequestsPerSecond().Match(output);
        var latency = Latencies().Match(output);
        var row = rate.Success && latency.Success
            ? string.Create(CultureInfo.InvariantCulture,
                $"{rate.Groups[1].Value} req/s; {latency.Groups[1].Value} / {latency.Groups[3].Value} / {latency.Groups[4].Value} ms")
            : "wrk output not understood";
        return (output, row);
    }

    [GeneratedRegex(@"Requests/sec:\s*([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"latency ms: p50 ([\d.]+), p95 ([\d.]+), p99 ([\d.]+), max ([\d.]+)")]
    private static partial Regex Latencies();
}

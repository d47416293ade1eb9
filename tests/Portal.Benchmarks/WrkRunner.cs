using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Portal.Benchmarks;

/// <summary>Runs Debian's wrk against a loopback URL and reads its requests/s; killed if it overruns.</summary>
internal static partial class WrkRunner
{
    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)")]
    private static partial Regex Failures();

    public static bool IsInstalled() => File.Exists("/usr/bin/wrk") || File.Exists("/usr/local/bin/wrk");

    public static async Task<WrkResult> RunAsync(Uri url, int seconds)
    {
        var info = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-t2", "-c32", $"-d{seconds}s", "--timeout", "5s", url.AbsoluteUri })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start wrk.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 30));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"wrk did not finish within {seconds + 30} s.");
        }

        var text = await output + await error;
        var match = RequestsPerSecond().Match(text);
        if (!match.Success)
        {
            throw new InvalidOperationException("wrk printed no Requests/sec:\n" + text);
        }

        var failures = Failures().Match(text) is { Success: true } f ? long.Parse(f.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        return new WrkResult(double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), failures);
    }
}

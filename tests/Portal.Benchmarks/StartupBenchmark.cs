using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>
/// Time from starting a process until GET / answers 200, over several fresh processes; and two
/// yardsticks of what this machine costs anyway: the host's "help" verb (runtime start and exit)
/// and a minimal ASP.NET Core app started the same way.
/// </summary>
internal static class StartupBenchmark
{
    /// <summary>
    /// Runs the variants round-robin (A B C, A B C ...) rather than one after another, so a change
    /// in load from other work on the shared cores falls on every variant alike.
    /// </summary>
    public static async Task<IReadOnlyList<StartupResult>> RunAsync(IReadOnlyList<(string Label, Func<HostProcess> Start)> variants, int runs)
    {
        var ready = variants.Select(_ => new List<double>(runs)).ToArray();
        var listening = variants.Select(_ => new List<double>(runs)).ToArray();
        for (var run = 1; run <= runs; run++)
        {
            for (var v = 0; v < variants.Count; v++)
            {
                using var client = HttpClients.Create();
                var host = variants[v].Start();
                await using (host)
                {
                    var (listen, answered) = await host.WaitUntilReadyAsync(client, TimeSpan.FromSeconds(60));
                    ready[v].Add(answered.TotalMilliseconds);
                    listening[v].Add(listen.TotalMilliseconds);
                    Console.WriteLine($"  run {run}, {variants[v].Label}: GET / answered 200 after {Stats.Whole(answered.TotalMilliseconds)} ms "
                        + $"(port open after {Stats.Whole(listen.TotalMilliseconds)} ms; load average {LoadAverage.Read()})");
                }
            }
        }

        return [.. ready.Zip(listening, (r, l) => new StartupResult(r, l))];
    }

    /// <summary>"dotnet Portal.Web.dll help": starting the runtime and the host's Main, printing, exiting.</summary>
    public static async Task<IReadOnlyList<double>> HelpVerbAsync(string hostDll, int runs)
    {
        var timings = new List<double>(runs);
        for (var run = 1; run <= runs; run++)
        {
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(HostProcess.DotnetStartInfo(hostDll, ["help"])) ?? throw new InvalidOperationException("Could not start the host.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(limit.Token);
            timings.Add(watch.Elapsed.TotalMilliseconds);
            await Task.WhenAll(output, error);
        }

        Console.WriteLine($"  dotnet Portal.Web.dll help (start, print, exit): {Stats.List(timings)} ms");
        return timings;
    }
}

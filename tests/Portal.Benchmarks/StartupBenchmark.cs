namespace Portal.Benchmarks;

/// <summary>Time from starting the host executable until GET / answers 200, over several fresh processes.</summary>
internal static class StartupBenchmark
{
    public static async Task<StartupResult> RunAsync(string hostDll, string dataFolder, int runs, string label)
    {
        var timings = new List<double>(runs);
        var listening = new List<double>(runs);
        for (var run = 1; run <= runs; run++)
        {
            using var client = HttpClients.Create();
            var host = HostProcess.Start(hostDll, dataFolder);
            await using (host)
            {
                var (listen, ready) = await host.WaitUntilReadyAsync(client, TimeSpan.FromSeconds(60));
                timings.Add(ready.TotalMilliseconds);
                listening.Add(listen.TotalMilliseconds);
                Console.WriteLine($"  {label}, run {run}: GET / answered 200 after {Stats.Whole(ready.TotalMilliseconds)} ms "
                    + $"(port open after {Stats.Whole(listen.TotalMilliseconds)} ms; load average {LoadAverage.Read()})");
            }
        }

        return new StartupResult(timings, listening);
    }
}

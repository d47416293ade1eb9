using System.Runtime;

namespace Portal.Benchmarks;

/// <summary>
/// Runs the measurements in an order that keeps each one's state clear: registration, in-process
/// activation and memory (each in a fresh shell, SQLite pools cleared in between), start-up of the
/// real executable, then cold activation and throughput against one freshly started host.
/// </summary>
internal static class BenchmarkSuite
{
    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var hostDll = HostLocator.Find(options.HostDll);
        Console.WriteLine($"Portal foundation benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, "
            + $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {HostLocator.Configuration} build");
        Console.WriteLine($"Host: {hostDll}");
        using var scratch = new ScratchFolder(options.KeepData);
        var layout = new TenantLayout(options.Tenants);
        var results = new BenchmarkResults();
        var registry = scratch.Sub("registry");
        var empty = scratch.Sub("empty");

        Section($"Registering {options.Tenants} tenants in {registry} (1 province, {layout.Cities.Count} cities, {layout.Counties.Count} counties)");
        results.SeedTime = await TenantSeeder.SeedAsync(registry, layout);
        await PortalServices.StopAsync(await PortalServices.StartAsync(empty));

        if (options.Runs("activation"))
        {
            await StepAsync(results, $"In-process activation: ShellHost.GetAsync for {options.Active} tenants after warm-up {layout.Cities[0]}", async () =>
            {
                results.InProcessCold = await InProcessActivationBenchmark.RunAsync(registry, layout.Cities[0], layout.Sample(0, options.Active));
                Console.WriteLine($"  {results.InProcessCold.Describe()}, active {results.InProcessCold.ActiveCount}");
            });
        }

        if (options.Runs("memory"))
        {
            await StepAsync(results, $"Memory: in-process web app, {options.Active} tenants activated after warm-up {layout.Cities[2]}", async () =>
                results.Memory = await MemoryBenchmark.RunAsync(registry, layout.Cities[2], layout.Sample(2 * options.Active, options.Active)));
        }

        if (options.Runs("startup"))
        {
            await RunStartupAsync(results, options, hostDll, registry, empty);
        }

        if (options.Runs("http"))
        {
            await StepAsync(results, $"Cold activation over HTTP: first GET /{{tenant}}/ for {options.Active} tenants on a fresh host, after warm-up {layout.Cities[1]}", async () =>
            {
                var host = HostProcess.Start(hostDll, registry);
                await using (host)
                {
                    using var client = HttpClients.Create(host.BaseAddress);
                    await host.WaitUntilReadyAsync(client, TimeSpan.FromSeconds(60));
                    var (cold, warm) = await HttpActivationBenchmark.RunAsync(client, layout.Cities[1], layout.Sample(options.Active, options.Active));
                    (results.HttpCold, results.HttpWarm) = (cold, warm);
                    Console.WriteLine($"  first request: {cold.Describe()}");
                    Console.WriteLine($"  second request to the same tenants: {warm.Describe()}");
                    await MeasureThroughputAsync(results, options, client, layout.Cities[1]);
                }
            });
        }

        if (options.Runs("pages") && !options.SkipWrk && WrkRunner.IsInstalled())
        {
            await StepAsync(results, $"Page speed: each anonymous public page kind of the demo vs a minimal page of the same bytes, output cache on then off (wrk -t2 -c32 -d{options.PageSeconds}s, A B B A)", async () =>
                results.Pages = await PageSpeedBenchmark.RunAsync(hostDll, scratch.Sub("demo"), options.PageSeconds));
        }

        SummaryPrinter.Print(results, options);
        return results.Failures.Count == 0 ? 0 : 1;
    }

    private static async Task RunStartupAsync(BenchmarkResults results, BenchmarkOptions options, string hostDll, string registry, string empty)
    {
        await StepAsync(results, $"Start-up until GET / answers 200: host with {options.Tenants} tenants, host with an empty registry, minimal ASP.NET Core app", async () =>
        {
            var startups = await StartupBenchmark.RunAsync(
                [
                    ($"{options.Tenants} tenants", () => HostProcess.Start(hostDll, registry)),
                    ("empty registry", () => HostProcess.Start(hostDll, empty)),
                    ("minimal app", HostProcess.StartMinimal),
                ],
                options.StartupRuns);
            (results.StartupFull, results.StartupEmpty, results.StartupMinimal) = (startups[0], startups[1], startups[2]);
            results.HelpVerb = await StartupBenchmark.HelpVerbAsync(hostDll, options.StartupRuns);
        });
    }

    private static async Task MeasureThroughputAsync(BenchmarkResults results, BenchmarkOptions options, HttpClient client, string tenant)
    {
        Section("Requests/s: tenant home page on the host vs a minimal endpoint (wrk -t2 -c32 -d10s, order A B B A)");
        results.ThroughputSkipped = options.SkipWrk ? "skipped (--skip-wrk)"
            : WrkRunner.IsInstalled() ? null
            : "skipped: wrk is not installed (apt-get install -y wrk)";
        if (results.ThroughputSkipped is not null)
        {
            Console.WriteLine("  " + results.ThroughputSkipped);
            return;
        }

        results.Throughput = await ThroughputBenchmark.RunAsync(client, tenant);
    }

    private static async Task StepAsync(BenchmarkResults results, string title, Func<Task> step)
    {
        Section(title);
        try
        {
            await step();
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
        {
            // One broken step should not hide the figures of the others.
            results.Failures.Add($"{title}: {exception.Message}");
            Console.WriteLine("  FAILED: " + exception);
        }
    }

    private static void Section(string title)
    {
        Console.WriteLine();
        Console.WriteLine($"== {title}   [load average {LoadAverage.Read()}]");
    }
}

using System.Diagnostics;
using Portal.Core.Tenants;

namespace Portal.Benchmarks;

/// <summary>
/// Times ShellHost.GetAsync for tenants never activated in a fresh shell (after one warm-up tenant
/// pays for JIT and EF Core's model building). The registry read is outside the timing.
/// </summary>
internal static class InProcessActivationBenchmark
{
    public static async Task<LatencyResult> RunAsync(string dataFolder, string warmUp, IReadOnlyList<string> tenants)
    {
        var host = await PortalServices.StartAsync(dataFolder);
        try
        {
            var store = host.Services.GetRequiredService<TenantStore>();
            var shells = host.Services.GetRequiredService<ShellHost>();
            await shells.GetAsync(await Find(store, warmUp));
            var timings = new List<double>(tenants.Count);
            foreach (var name in tenants)
            {
                var tenant = await Find(store, name);
                var watch = Stopwatch.StartNew();
                await shells.GetAsync(tenant);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }

            return new LatencyResult(timings, shells.ActiveCount);
        }
        finally
        {
            await PortalServices.StopAsync(host);
        }
    }

    private static async Task<Tenant> Find(TenantStore store, string name)
        => await store.FindAsync(name) ?? throw new InvalidOperationException($"Tenant {name} is not registered.");
}

using System.Diagnostics;
using Portal.Core.Tenants;

namespace Portal.Benchmarks;

/// <summary>Registers the synthetic tenants in-process through TenantManager (registry row plus SQLite database each).</summary>
internal static class TenantSeeder
{
    public static async Task<TimeSpan> SeedAsync(string dataFolder, TenantLayout layout)
    {
        var watch = Stopwatch.StartNew();
        var host = await PortalServices.StartAsync(dataFolder);
        try
        {
            var manager = host.Services.GetRequiredService<TenantManager>();
            for (var i = 0; i < layout.Drafts.Count; i++)
            {
                await manager.CreateAsync(layout.Drafts[i]);
                if ((i + 1) % 100 == 0 || i + 1 == layout.Drafts.Count)
                {
                    Console.WriteLine($"  registered {i + 1}/{layout.Drafts.Count} tenants ({watch.Elapsed.TotalSeconds:0.0} s)");
                }
            }
        }
        finally
        {
            await PortalServices.StopAsync(host);
        }

        return watch.Elapsed;
    }
}

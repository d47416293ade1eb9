using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Core.Data;
using Portal.Core.Tenants;

namespace Portal.Core.Operations;

/// <summary>
/// Pings the database of every tenant active in this process (not every registered tenant: the cost
/// follows the traffic, not the registry). Each tenant's result is in the check's data.
/// </summary>
internal sealed class ActiveTenantsHealthCheck(ShellHost shells, DatabaseConnections connections) : IHealthCheck
{
    private const int Parallelism = 8;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, object>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(shells.Active.Select(s => s.Tenant).ToList(), options, async (tenant, token) =>
        {
            try
            {
                await connections.PingAsync(tenant.Database, token);
                results[tenant.Name] = "Healthy";
            }
            catch (Exception exception) when (!token.IsCancellationRequested)
            {
                results[tenant.Name] = "Unhealthy: " + exception.Message;
            }
        });

        var data = results.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(r => r.Key, r => r.Value);
        var failed = data.Count(r => !Equals(r.Value, "Healthy"));
        return failed == 0
            ? HealthCheckResult.Healthy($"{data.Count} 个活动站点的数据库均可连接。", data)
            : HealthCheckResult.Unhealthy($"{failed} 个活动站点的数据库无法连接。", data: data);
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Core.Operations;

/// <summary>Ready only while the host database (the tenant registry) answers.</summary>
internal sealed class HostDatabaseHealthCheck(DatabaseConnections connections, IOptions<PortalDataOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await connections.PingAsync(options.Value.Provider, DatabaseConnections.HostDatabase, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("主数据库无法连接：" + exception.Message);
        }
    }
}

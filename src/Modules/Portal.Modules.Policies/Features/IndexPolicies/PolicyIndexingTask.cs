using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;
using Portal.Core.Tenants;

namespace Portal.Modules.Policies.Features.IndexPolicies;

/// <summary>Each node catches up with the database by itself: changes made on another node or by the command line arrive here.</summary>
internal sealed class PolicyIndexingTask : ITenantBackgroundTask
{
    public string FeatureId => Manifest.Id;

    public TimeSpan Interval => TimeSpan.FromSeconds(5);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var shell = services.GetRequiredService<TenantContext>().RequiredShell;
        if (!services.GetRequiredService<ShellHost>().IsCurrent(shell))
        {
            return; // evicted since the round started
        }

        await services.GetRequiredService<PolicyIndexer>().KeepUpAsync(shell, cancellationToken);
    }
}

namespace Portal.Core.Hosting;

/// <summary>
/// Periodic work of a feature, run for each active tenant that has the feature on, inside a scope
/// whose <see cref="Tenants.TenantContext"/> is that tenant. Switching the feature off stops it.
/// </summary>
public interface ITenantBackgroundTask
{
    string FeatureId { get; }

    TimeSpan Interval { get; }

    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}

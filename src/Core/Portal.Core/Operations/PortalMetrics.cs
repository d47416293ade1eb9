using System.Diagnostics.Metrics;
using Portal.Core.Tenants;

namespace Portal.Core.Operations;

/// <summary>
/// The platform's own instruments (meter "Portal"). Request counts and durations come from ASP.NET Core's
/// "Microsoft.AspNetCore.Hosting" meter, tagged with the tenant by the tenant-resolution middleware.
/// </summary>
public sealed class PortalMetrics : IDisposable
{
    public const string MeterName = "Portal";

    /// <summary>The tag that carries the tenant name on request metrics.</summary>
    public const string TenantTag = "tenant";

    private readonly Meter _meter;

    public PortalMetrics(IMeterFactory meters, ShellHost shells)
    {
        _meter = meters.Create(MeterName);
        _meter.CreateObservableGauge("portal.shells.active", () => shells.ActiveCount, unit: "{tenant}", description: "Tenants active (activated and not yet evicted) in this process.");
    }

    public void Dispose() => _meter.Dispose();
}

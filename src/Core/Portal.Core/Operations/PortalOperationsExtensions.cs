using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;

namespace Portal.Core.Operations;

/// <summary>What an operator's tooling talks to: /healthz, /readyz and /metrics (ADR 0019).</summary>
public static class PortalOperationsExtensions
{
    public const string HealthPath = "/healthz";
    public const string ReadyPath = "/readyz";
    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddPortalOperations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MetricsOptions>(configuration.GetSection("Portal:Metrics"));
        services.AddSingleton<PortalMetrics>();
        services.AddHealthChecks()
            .AddCheck<HostDatabaseHealthCheck>("host-database", tags: ["ready"])
            .AddCheck<ActiveTenantsHealthCheck>("tenant-databases", tags: ["ready"]);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(PortalMetrics.MeterName, "Microsoft.AspNetCore.Hosting")
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>First in the pipeline: probes and scrapes never resolve a tenant, redirect to HTTPS or touch a session.</summary>
    public static WebApplication UsePortalOperations(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<PortalMetrics>(); // creates the gauges
        // Alive means the process answers: no check, no I/O.
        app.UseHealthChecks(HealthPath, new HealthCheckOptions { Predicate = _ => false });
        app.UseHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthReportWriter.WriteAsync });
        // A request that may not read the metrics falls through to tenant resolution and gets the usual 404.
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == MetricsPath && MetricsAccess.IsAllowed(context));
        return app;
    }
}

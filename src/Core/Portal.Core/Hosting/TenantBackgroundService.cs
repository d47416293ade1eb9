using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Core.Tenants;

namespace Portal.Core.Hosting;

/// <summary>Runs each feature's background tasks for the active tenants that have that feature on.</summary>
internal sealed class TenantBackgroundService(IEnumerable<ITenantBackgroundTask> tasks, ShellHost shells, TenantScopeFactory scopes, ILogger<TenantBackgroundService> logger) : BackgroundService
{
    private readonly Dictionary<(string Tenant, ITenantBackgroundTask Task), long> _lastRun = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var all = tasks.ToList();
        if (all.Count == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var shell in shells.Active.ToList())
            {
                foreach (var task in all.Where(t => shell.HasFeature(t.FeatureId) && IsDue(shell.Name, t)))
                {
                    await RunAsync(shell, task, stoppingToken);
                }
            }
        }
    }

    private bool IsDue(string tenant, ITenantBackgroundTask task)
        => !_lastRun.TryGetValue((tenant, task), out var last) || Environment.TickCount64 - last >= task.Interval.TotalMilliseconds;

    private async Task RunAsync(TenantShell shell, ITenantBackgroundTask task, CancellationToken stoppingToken)
    {
        _lastRun[(shell.Name, task)] = Environment.TickCount64;
        await using var scope = scopes.Create(shell);
        using var logScope = logger.BeginScope(Operations.TenantLogScope.For(shell.Name));
        try
        {
            await task.RunAsync(scope.ServiceProvider, stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Background task {Task} failed for tenant {Tenant}", task.GetType().Name, shell.Name);
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Hosting;

namespace Portal.Modules.Content.Features.WriteContent;

/// <summary>定时发布 and 定时撤回: every node looks twice a minute; the item's version makes sure only one of them does it.</summary>
internal sealed class ScheduledPublishingTask : ITenantBackgroundTask
{
    public string FeatureId => Manifest.Id;

    public TimeSpan Interval => TimeSpan.FromSeconds(30);

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        => services.GetRequiredService<ContentWriter>().RunDueAsync(cancellationToken);
}

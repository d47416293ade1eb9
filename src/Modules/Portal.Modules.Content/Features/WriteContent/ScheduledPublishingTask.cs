using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Hosting;
using Portal.Core.Tenants;
using Portal.Core.Web;

namespace Portal.Modules.Content.Features.WriteContent;

/// <summary>
/// 定时发布 and 定时撤回: every node looks twice a minute; the item's version makes sure only one of them does it.
/// At the first look of a new day (Beijing time) the site's cached pages are dropped too: notices past their date
/// leave the home page at midnight rather than when the page cache next expires.
/// </summary>
internal sealed class ScheduledPublishingTask(TimeProvider clock, PublicPageEviction pages) : ITenantBackgroundTask
{
    private readonly ConcurrentDictionary<string, DateOnly> _days = new(StringComparer.Ordinal);

    public string FeatureId => Manifest.Id;

    public TimeSpan Interval => TimeSpan.FromSeconds(30);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<ContentWriter>().RunDueAsync(cancellationToken);
        var site = services.GetRequiredService<TenantContext>().RequiredShell.Name;
        var today = ChinaTime.Today(clock);
        if (_days.TryGetValue(site, out var seen) && seen != today)
        {
            await pages.ContentChangedAsync(site, cancellationToken);
        }

        _days[site] = today;
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Events;
using Portal.Core.Hosting;
using Portal.Core.Tenants;
using Portal.Core.Web;
using Portal.Modules.Content.Contracts;

namespace Portal.Modules.Content.Features.Reading;

/// <summary>
/// Every node drops its cached pages and content of a site when that site's content changed on another node (or by the
/// command line): it reads the site's event log from where it last looked, about once a second. The writer already
/// dropped them on the node that made the change. A node starts at the newest event: it had nothing cached before.
/// </summary>
internal sealed class ContentChangeFollower(PublicPageEviction pages) : ITenantBackgroundTask
{
    private static readonly string[] ChangeEvents =
        [EventLog.NameOf<ContentPublished>(), EventLog.NameOf<ContentUnpublished>(), EventLog.NameOf<ContentColumnsChanged>()];

    private readonly ConcurrentDictionary<string, long> _cursors = new(StringComparer.Ordinal);

    public string FeatureId => Manifest.Id;

    public TimeSpan Interval => TimeSpan.FromSeconds(1);

    public async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var site = services.GetRequiredService<TenantContext>().RequiredShell.Name;
        var log = services.GetRequiredService<EventLog>();
        var latest = await log.LatestAsync(cancellationToken);
        if (!_cursors.TryGetValue(site, out var cursor))
        {
            _cursors[site] = latest;
            return;
        }

        if (latest <= cursor)
        {
            return;
        }

        var changes = await log.ReadAsync(ChangeEvents, cursor, latest, 1, cancellationToken);
        _cursors[site] = latest;
        if (changes.Count > 0)
        {
            await pages.ContentChangedAsync(site, cancellationToken);
        }
    }
}

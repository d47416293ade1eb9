using System.Collections.Concurrent;
using Portal.Core.Web;

namespace Portal.Modules.Content.Features.Reading;

/// <summary>
/// Each site's <see cref="SiteContent"/>, so list and item pages do not query the database on every view. Dropped when
/// the site's content changes (the signal that drops its cached pages, ITenantContentCache): by the writer on this node,
/// by ContentChangeFollower on the others. A load that started before a drop lands in the dropped slot, never in the new one.
/// </summary>
internal sealed class PublishedContentCache : ITenantContentCache
{
    private readonly ConcurrentDictionary<string, Slot> _sites = new(StringComparer.Ordinal);

    public Slot For(string tenantName) => _sites.GetOrAdd(tenantName, _ => new Slot());

    public void Forget(string tenantName) => _sites.TryRemove(tenantName, out _);

    public sealed class Slot
    {
        public SiteContent? Content { get; set; }
    }
}

using System.Collections.Concurrent;

namespace Portal.Modules.Content.Features.Reading;

/// <summary>
/// One site's published content as its pages read it: columns, the list fields of every published item (newest first,
/// pinned before), the ancestors' items it hides, and the bodies pages have asked for. Replaced as a whole when the
/// site's content changes.
/// </summary>
internal sealed class SiteContent(IReadOnlyList<ColumnInfo> columns, IReadOnlyList<PublishedItem> items, IReadOnlySet<(string Site, long Id)> hidden)
{
    private readonly Dictionary<long, PublishedItem> _byId = items.ToDictionary(i => i.Id);

    public IReadOnlyList<ColumnInfo> Columns { get; } = columns;

    public IReadOnlyList<PublishedItem> Items { get; } = items;

    public IReadOnlySet<(string Site, long Id)> Hidden { get; } = hidden;

    public ConcurrentDictionary<long, PublishedBody> Bodies { get; } = new();

    public PublishedItem? Find(long id) => _byId.GetValueOrDefault(id);
}

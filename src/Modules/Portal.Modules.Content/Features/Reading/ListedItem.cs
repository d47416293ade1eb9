namespace Portal.Modules.Content.Features.Reading;

/// <summary>An item in a list of the current site, its own or an ancestor's shared one.</summary>
internal sealed record ListedItem(PublishedItem Item, ContentSource Source)
{
    /// <summary>Relative to the site: articles/12, or articles/12?from=jiangsu for a shared one.</summary>
    public string Path => "articles/" + Item.Id + (Source.IsOwn ? "" : "?from=" + Uri.EscapeDataString(Source.Name));
}

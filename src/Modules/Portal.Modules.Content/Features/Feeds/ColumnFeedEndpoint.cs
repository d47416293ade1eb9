using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Themes;
using Portal.Modules.Content.Features.Reading;

namespace Portal.Modules.Content.Features.Feeds;

/// <summary>GET /columns/{slug}/feed.xml: the column's newest 20 items as RSS 2.0, for readers and for the city's and province's aggregators.</summary>
internal static class ColumnFeedEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/columns/{slug}/feed.xml", HandleAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(string slug, ContentReader reader, SiteIdentity site, HttpContext http)
    {
        if (await reader.ColumnAsync(slug, 1, http.RequestAborted) is not { Total: > 0 } page)
        {
            return Results.NotFound();
        }

        var root = $"{http.Request.Scheme}://{http.Request.Host}{site.HomeUrl}";
        var feed = new SyndicationFeed($"{page.Column.Name} - {site.SiteName}", $"{site.SiteName}{page.Column.Name}栏目的最新内容", new Uri(root + "columns/" + page.Column.Slug))
        {
            Language = "zh-CN",
            LastUpdatedTime = page.Items.Max(i => i.Item.PublishedAt),
            Items = [.. page.Items.Select(listed => Entry(listed, root))],
        };
        var buffer = new StringBuilder();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Async = true }))
        {
            new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer);
        }

        // StringBuilder gives UTF-16 in the declaration: the answer is UTF-8, and says so.
        return Results.Text(buffer.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    private static SyndicationItem Entry(ListedItem listed, string root)
    {
        var item = listed.Item;
        var link = new Uri(root + listed.Path);
        var entry = new SyndicationItem(item.Title, item.Summary ?? "", link, link.ToString(), new DateTimeOffset(DateTime.SpecifyKind(item.PublishedAt, DateTimeKind.Utc)))
        {
            PublishDate = new DateTimeOffset(DateTime.SpecifyKind(item.PublishedAt, DateTimeKind.Utc)),
        };
        if (!listed.Source.IsOwn)
        {
            entry.Authors.Add(new SyndicationPerson { Name = listed.Source.DisplayName });
        }

        return entry;
    }
}

namespace Portal.Modules.Content.Features.Api;

/// <summary>A column of the site that has something to show.</summary>
internal sealed record ColumnSummary(string Slug, string Name, int Count, string Url);

/// <summary>An item in a list; <c>Source</c> is the publishing site's name (this site or an ancestor that shares it down).</summary>
internal sealed record ArticleSummary(long Id, string Title, string Kind, string Column, string PublishedAt, string? Summary, bool Pinned, string Source, string SourceName, string Url);

internal sealed record ArticlePage(int Total, int Page, int Pages, IReadOnlyList<ArticleSummary> Items);

/// <summary>One published item with its sanitized HTML body (safe to show as is).</summary>
internal sealed record ArticleDetail(
    long Id, string Title, string? Subtitle, string Kind, string Column, string ColumnName, string PublishedAt, string? Author, string ContentSource, string? Summary, string? ValidUntil,
    string BodyHtml, string Source, string SourceName, string Url, string? CoverUrl, string? CoverAlt, IReadOnlyList<ArticleAttachment> Attachments);

/// <summary>A file attached to an item, served by its publisher's media library.</summary>
internal sealed record ArticleAttachment(string Name, string Url, long Length);

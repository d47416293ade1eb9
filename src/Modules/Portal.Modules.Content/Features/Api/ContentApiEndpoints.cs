using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Core;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.Reading;

namespace Portal.Modules.Content.Features.Api;

/// <summary>
/// The JSON API a WeChat mini-program or app reads: the site's columns, a column's items page by page, one item. Published
/// items only, the same as the public pages (ancestors' shared items included where this site lists them). Times are Beijing time.
/// </summary>
internal static class ContentApiEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/content/columns", ColumnsAsync).AllowAnonymous().WithName("ContentColumns").WithTags("新闻与通知")
            .WithSummary("栏目列表").WithDescription("本站有内容的栏目，按顺序。路径相对于站点前缀，例如 /yizheng/api/content/columns。");
        endpoints.MapGet("/api/content/articles", ArticlesAsync).AllowAnonymous().WithName("ContentArticles").WithTags("新闻与通知")
            .WithSummary("栏目内容列表").WithDescription("参数：column 栏目网址（必填，取自栏目列表的 slug）；page 页码（从 1 开始，每页 20 条）。置顶的在前，其余按发布时间从新到旧。");
        endpoints.MapGet("/api/content/articles/{id}", ArticleAsync).AllowAnonymous().WithName("ContentArticle").WithTags("新闻与通知")
            .WithSummary("一篇内容").WithDescription("正文 bodyHtml 已经过安全过滤。上级站点共享的内容需带 from=站点名（列表中的 source）。");
    }

    internal static async Task<Ok<IReadOnlyList<ColumnSummary>>> ColumnsAsync(ContentReader reader, HttpContext http)
    {
        var columns = await reader.ColumnsAsync(http.RequestAborted);
        IReadOnlyList<ColumnSummary> summaries = [.. columns.Select(c => new ColumnSummary(c.Column.Slug, c.Column.Name, c.Items.Count, Url(http, "columns/" + c.Column.Slug)))];
        return TypedResults.Ok(summaries);
    }

    internal static async Task<Results<Ok<ArticlePage>, ProblemHttpResult>> ArticlesAsync(string? column, string? page, ContentReader reader, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(column))
        {
            return Problem(StatusCodes.Status400BadRequest, "请求参数有误", "缺少参数 column（栏目网址），可先调用 /api/content/columns 取得。");
        }

        var number = 1;
        if (page is not null && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1 || number > 100_000))
        {
            return Problem(StatusCodes.Status400BadRequest, "请求参数有误", "page 应为从 1 开始的页码。");
        }

        if (await reader.ColumnAsync(column.Trim(), number, http.RequestAborted) is not { Total: > 0 } found)
        {
            return Problem(StatusCodes.Status404NotFound, "没有这个栏目", $"本站没有网址为“{column}”的栏目，或栏目中还没有内容。");
        }

        return TypedResults.Ok(new ArticlePage(found.Total, found.PageNumber, found.Pages, [.. found.Items.Select(l => Summary(l, found.Column, http))]));
    }

    internal static async Task<Results<Ok<ArticleDetail>, ProblemHttpResult>> ArticleAsync(string id, string? from, ContentReader reader, HttpContext http)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Problem(StatusCodes.Status400BadRequest, "请求参数有误", "id 应为数字。");
        }

        if (await reader.ItemAsync(number, from, http.RequestAborted) is not { } view)
        {
            return Problem(StatusCodes.Status404NotFound, "没有这篇内容", "内容不存在、未发布或已撤回。");
        }

        var item = view.Listed.Item;
        var body = view.Body;
        return TypedResults.Ok(new ArticleDetail(
            item.Id, body.Title, body.Subtitle, item.Kind.Code(), view.Column.Slug, view.Column.Name, ChinaTime.Minutes(item.PublishedAt), body.Author,
            body.Source ?? view.Listed.Source.DisplayName, body.Summary, item.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), body.BodyHtml,
            view.Listed.Source.Name, view.Listed.Source.DisplayName, Url(http, view.Listed.Path), body.Files.Cover?.Url, body.Files.Cover?.Alt,
            [.. body.Files.Attachments.Select(a => new ArticleAttachment(a.Name, a.Url, a.Length))]));
    }

    private static ArticleSummary Summary(ListedItem listed, ColumnInfo column, HttpContext http)
        => new(listed.Item.Id, listed.Item.Title, listed.Item.Kind.Code(), column.Slug, ChinaTime.Minutes(listed.Item.PublishedAt), listed.Item.Summary,
            listed.Item.Pinned, listed.Source.Name, listed.Source.DisplayName, Url(http, listed.Path));

    private static string Url(HttpContext http, string path) => $"{http.Request.PathBase}/{path}";

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail: detail, statusCode: status, title: title);
}

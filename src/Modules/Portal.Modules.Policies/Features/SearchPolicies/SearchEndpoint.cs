using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Modules.Policies.Features.IndexPolicies;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>GET /api/policies/search under a site's prefix or host.</summary>
internal static class SearchEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/api/policies/search", HandleAsync)
            .AllowAnonymous()
            .WithName("SearchPolicies")
            .WithTags("政策文件")
            .WithSummary("检索政策文件")
            .WithDescription("在本站及其上级（市、省）发布的政策文件中检索。路径相对于站点前缀，例如 /yizheng/api/policies/search?q=离退休干部。"
                + " 参数：q 检索词；page 页码（从 1 开始）；size 每页条数（1–50）；issuer 发文机关、level 层级、year 年份、category 主题分类、validity 有效性（取 facets 中的值）；sort = relevance | date。");

    internal static async Task<Results<Ok<PolicySearchResponse>, ProblemHttpResult>> HandleAsync(
        string? q, string? page, string? size, string? issuer, string? level, string? year, string? category, string? validity, string? sort,
        PolicySearchService search, HttpContext http)
    {
        var (request, error) = PolicyQueryParser.Parse(q, page, size, issuer, level, year, category, validity, sort);
        if (request is null)
        {
            return TypedResults.Problem(detail: error, statusCode: StatusCodes.Status400BadRequest, title: "请求参数有误");
        }

        PolicySearchOutcome outcome;
        try
        {
            outcome = await search.SearchAsync(request, http.RequestAborted);
        }
        catch (PolicyIndexRebuildingException rebuilding)
        {
            http.Response.Headers.RetryAfter = PolicyIndexRebuildingException.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Problem(detail: rebuilding.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "检索暂不可用");
        }

        var siteBase = http.Request.PathBase.Value ?? "";
        var result = outcome.Result;
        var items = result.Items.Select(hit => new PolicySearchItem(
            hit.Id,
            hit.ExternalId,
            hit.Title,
            hit.DocNumber,
            hit.Issuer,
            hit.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            hit.Validity,
            hit.SnippetHtml,
            outcome.UrlOf(hit, siteBase),
            outcome.SourceOf(hit).DisplayName)).ToList();
        return TypedResults.Ok(new PolicySearchResponse(result.Total, result.Page, result.Size, items, result.Facets));
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Portal.Modules.Policies.Features.IndexPolicies;

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>GET /api/policies/suggest?q=… under a site: what the search box offers while the reader types.</summary>
internal static class SuggestEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/api/policies/suggest", HandleAsync)
            .AllowAnonymous()
            .WithName("SuggestPolicies")
            .WithTags("政策文件")
            .WithSummary("检索建议")
            .WithDescription("输入时的建议：标题含有所输文字（至少两个字）或发文字号相符的文件，最多 8 条，来自本站及其上级（市、省）。");

    internal static async Task<Results<Ok<PolicySuggestions>, ProblemHttpResult>> HandleAsync(string? q, PolicySearchService search, HttpContext http)
    {
        if (q is { Length: > PolicyQueryParser.MaxQueryLength })
        {
            return TypedResults.Problem(detail: $"检索词太长：最多 {PolicyQueryParser.MaxQueryLength} 个字。", statusCode: StatusCodes.Status400BadRequest, title: "请求参数有误");
        }

        IReadOnlyList<PolicySuggestion> items;
        try
        {
            items = await search.SuggestAsync(q, http.Request.PathBase.Value ?? "", http.RequestAborted);
        }
        catch (PolicyIndexRebuildingException)
        {
            items = []; // the search itself says why; suggestions just stay quiet meanwhile
        }

        return TypedResults.Ok(new PolicySuggestions(items));
    }
}

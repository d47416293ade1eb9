using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Core.Security;

namespace Portal.Modules.Audit.Features.Search;

/// <summary>GET /api/audit/entries: the same search as the page, as JSON, for the auditor's own tools. Audited like an export.</summary>
internal static class AuditApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
        => endpoints.MapGet("/api/audit/entries", SearchAsync)
            .RequireAuthorization(new RequirePermissionAttribute(Permissions.Export));

    private static async Task<IResult> SearchAsync([AsParameters] AuditApiFilter filter, AuditQuery query, IAuditLog audit, HttpContext http)
    {
        var search = filter.ToFilter();
        await audit.WriteAsync(new AuditEntry(AuditActions.AuditExport, "审计日志") { Detail = "接口查询 " + http.Request.QueryString.Value }, http.RequestAborted);
        var (items, total) = await query.SearchAsync(search, http.RequestAborted);
        return TypedResults.Ok(new
        {
            total,
            page = search.Page,
            items = items.Select(r => new { r.Sequence, r.TimeUtc, r.Account, r.Ip, r.Action, r.Target, r.Outcome, r.Detail, r.Hash }),
        });
    }
}

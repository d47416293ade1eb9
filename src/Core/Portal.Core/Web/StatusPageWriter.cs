using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Core.Web;

/// <summary>
/// Body of an empty error response: problem+json for the API, a short Chinese page for people.
/// Never a stack trace.
/// </summary>
internal static class StatusPageWriter
{
    public static Task WriteAsync(StatusCodeContext context) => WriteAsync(context.HttpContext);

    public static async Task WriteAsync(HttpContext http)
    {
        var status = http.Response.StatusCode;
        var (title, detail) = Describe(status);
        if (http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "application/problem+json; charset=utf-8";
            await http.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail }, options: null, contentType: "application/problem+json; charset=utf-8");
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        var home = WebUtility.HtmlEncode(http.Request.PathBase.HasValue ? http.Request.PathBase + "/" : "/");
        await http.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title></head>
            <body style="font: 20px/1.6 sans-serif; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #1a1a1a">
            <main><h1>{title}</h1><p>{detail}</p><p><a href="{home}" style="color: #0b4f9c">返回首页</a></p></main>
            </body></html>
            """);
    }

    private static (string Title, string Detail) Describe(int status) => status switch
    {
        StatusCodes.Status404NotFound => ("页面不存在", "您要找的页面不存在或已经关闭。请检查网址，或回到首页查找。"),
        StatusCodes.Status403Forbidden => ("没有权限", "您的账号没有查看这个页面的权限。如需使用，请联系本单位系统管理员。"),
        StatusCodes.Status401Unauthorized => ("请先登录", "这个页面需要登录后才能查看。"),
        StatusCodes.Status400BadRequest => ("请求有误", "提交的内容有误，请返回上一页检查后重试。"),
        StatusCodes.Status429TooManyRequests => ("操作太频繁", "操作太频繁，请稍等一分钟后再试。"),
        >= 500 => ("服务暂时不可用", "服务器遇到问题，请稍后再试。如果一直出现，请联系网站管理员。"),
        _ => ("请求未完成", "请求没有完成，请返回上一页重试。"),
    };
}

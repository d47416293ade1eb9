using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Core.Tenants;

namespace Portal.Core.Web;

/// <summary>
/// Posts to the sign-in page are limited per client IP and per site + user name (both must allow it),
/// so neither one address guessing many accounts nor many addresses guessing one account gets far.
/// Everything else passes unlimited. A refusal is a 429 with the usual Chinese page.
/// </summary>
internal static class SignInRateLimiting
{
    public static void Configure(RateLimiterOptions options, SecurityOptions security)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInPost(context)
                ? Window("ip:" + context.Connection.RemoteIpAddress, security.SignInPerIpPerMinute)
                : RateLimitPartition.GetNoLimiter("")),
            PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignInPost(context)
                ? Window("account:" + Tenant(context) + ":" + PostedUserName(context), security.SignInPerAccountPerMinute)
                : RateLimitPartition.GetNoLimiter("")));
        options.OnRejected = (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            return ValueTask.CompletedTask;
        };
    }

    /// <summary>Buffers the sign-in form before the limiter reads the user name from it (the limiter is synchronous).</summary>
    public static async Task ReadSignInFormAsync(HttpContext context, Func<Task> next)
    {
        if (IsSignInPost(context))
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
        }

        await next();
    }

    private static RateLimitPartition<string> Window(string key, int permits)
        => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    private static bool IsSignInPost(HttpContext context)
        => HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<SignInEndpointAttribute>() is not null;

    private static string Tenant(HttpContext context) => context.RequestServices.GetRequiredService<TenantContext>().Shell?.Name ?? "";

    private static string PostedUserName(HttpContext context)
        => context.Request.HasFormContentType && context.Request.Form.TryGetValue("UserName", out var name)
            ? name.ToString().Trim().ToLowerInvariant()
            : "";
}

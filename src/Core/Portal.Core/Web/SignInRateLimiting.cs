using System.Security.Cryptography;
using System.Text;
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
                ? Window("account:" + Tenant(context) + ":" + AccountKey(context), security.SignInPerAccountPerMinute)
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

    // Identity names the cookie between the password and the code after its scheme (IdentityConstants.TwoFactorUserIdScheme).
    private const string TwoFactorCookie = "Identity.TwoFactorUserId";

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

    /// <summary>
    /// The account a post is about: the typed user name, or — at the second-factor step, where no name is
    /// posted — the pending sign-in's own cookie, or else the address. Posts without a name must never share
    /// one bucket, or ten anonymous posts would lock every real user out of the second step.
    /// </summary>
    private static string AccountKey(HttpContext context)
    {
        if (context.Request.HasFormContentType && context.Request.Form.TryGetValue("UserName", out var name) && !string.IsNullOrWhiteSpace(name))
        {
            return "name:" + name.ToString().Trim().ToLowerInvariant();
        }

        return context.Request.Cookies.TryGetValue(TwoFactorCookie, out var pending) && !string.IsNullOrEmpty(pending)
            ? "pending:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(pending)))
            : "ip:" + context.Connection.RemoteIpAddress;
    }
}

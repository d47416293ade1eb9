using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Core.Tenants;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Settings;

namespace Portal.Modules.Users.Features.SignIn;

/// <summary>
/// The session cookie: valid only on the tenant that issued it, and ending after the site's idle timeout.
/// Every signed-in request renews it (new expiry = now + timeout), so the timeout counts from the last
/// request — which is what the admin page's warning counts down and what its keep-alive resets.
/// </summary>
internal static class SessionCookieEvents
{
    public static async Task SigningInAsync(CookieSigningInContext context)
    {
        var idle = await IdleTimeoutAsync(context.HttpContext.RequestServices);
        context.Properties.IssuedUtc ??= (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        context.Properties.ExpiresUtc = context.Properties.IssuedUtc + idle;
    }

    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var tenant = services.GetRequiredService<TenantContext>().Shell?.Name;
        if (tenant is null || context.Principal?.FindFirst(PortalClaims.Tenant)?.Value != tenant)
        {
            context.RejectPrincipal();
            return;
        }

        // A lowered timeout applies to sessions already open.
        var idle = await IdleTimeoutAsync(services);
        if (context.Properties.IssuedUtc is { } issued && issued + idle < (context.Options.TimeProvider ?? TimeProvider.System).GetUtcNow())
        {
            context.RejectPrincipal();
            return;
        }

        // Signed out (or password changed) elsewhere: this copy of the cookie ends now, not at the next periodic check.
        var claimTypes = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal.FindFirst(claimTypes.UserIdClaimType)?.Value;
        var stamp = context.Principal.FindFirst(claimTypes.SecurityStampClaimType)?.Value;
        if (userId is null || stamp is null
            || await services.GetRequiredService<SessionStamps>().CurrentAsync(userId, context.HttpContext.RequestAborted) != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        context.Properties.ExpiresUtc = context.Properties.IssuedUtc + idle;
        context.ShouldRenew = true;
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>A signed-in user without the permission gets a plain 403 (with the Chinese page), not a redirect.</summary>
    public static Task ForbiddenAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    /// <summary>People are sent to the sign-in page; the JSON API answers 401 instead.</summary>
    public static Task RedirectToLoginAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static async Task<TimeSpan> IdleTimeoutAsync(IServiceProvider services)
        => TimeSpan.FromMinutes((await services.GetRequiredService<SecuritySettingsStore>().GetAsync()).IdleTimeoutMinutes);
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Portal.Core.Security;

namespace Portal.Core.Web;

/// <summary>The web stack's security: permission policies, sign-in rate limits, headers, HTTPS, errors without stack traces.</summary>
internal static class PortalSecurityExtensions
{
    public static IServiceCollection AddPortalSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection("Portal:Security").Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(security);
        services.TryAddSingleton<PermissionCatalog>();
        services.TryAddSingleton<AuditActionCatalog>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddRateLimiter(options => SignInRateLimiting.Configure(options, security));
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // No "Server: Kestrel": the product and its version are nobody's business.
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        // The antiforgery cookie is Secure whenever the page came over HTTPS (its default marks it never).
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    /// <summary>First in the pipeline: headers on every answer, errors as a Chinese page or problem+json.</summary>
    public static WebApplication UsePortalSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // Also in Development: an exception must never reach the client as a stack trace.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return StatusPageWriter.WriteAsync(context);
            },
        });
        if (!app.Environment.IsDevelopment() && app.Services.GetRequiredService<SecurityOptions>().RequireHttps)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        return app;
    }

    /// <summary>After routing and tenant resolution: the sign-in limits need the endpoint and the site.</summary>
    public static WebApplication UseSignInRateLimiting(this WebApplication app)
    {
        app.Use((context, next) => SignInRateLimiting.ReadSignInFormAsync(context, () => next(context)));
        app.UseRateLimiter();
        return app;
    }
}

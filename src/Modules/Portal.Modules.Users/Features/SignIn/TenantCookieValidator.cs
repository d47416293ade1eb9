using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Features.SignIn;

/// <summary>Rejects a session cookie presented to a tenant other than the one that issued it.</summary>
internal static class TenantCookieValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<TenantContext>().Shell?.Name;
        if (tenant is null || context.Principal?.FindFirst(PortalClaims.Tenant)?.Value != tenant)
        {
            context.RejectPrincipal();
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}

using Microsoft.AspNetCore.Authorization;

namespace Portal.Core.Security;

/// <summary>Succeeds when one of the user's roles grants the permission (role claims travel in the session).</summary>
internal sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.HasPermission(requirement.Permission))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

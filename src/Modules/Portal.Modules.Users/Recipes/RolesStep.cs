using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Recipes;

/// <summary>Creates roles and grants them permissions; grants already present are kept as they are.</summary>
internal sealed class RolesStep : RecipeStep<RolesStepModel>
{
    public override string Name => "roles";

    protected override Task ValidateAsync(RecipeContext context, RolesStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        for (var i = 0; i < model.Roles.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(model.Roles[i].Name))
            {
                errors.Add(($"roles[{i}].name", "角色名称不能为空。"));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, RolesStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var entry in model.Roles)
        {
            var role = await roles.FindByNameAsync(entry.Name!);
            if (role is null)
            {
                role = new IdentityRole(entry.Name!);
                await roles.CreateAsync(role);
                context.Changes.Add($"站点 {tenant} 创建角色 {entry.Name}");
            }

            var granted = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PortalClaims.Permission).Select(c => c.Value).ToHashSet();
            foreach (var permission in entry.Permissions.Where(p => !granted.Contains(p)))
            {
                await roles.AddClaimAsync(role, new Claim(PortalClaims.Permission, permission));
                context.Changes.Add($"站点 {tenant} 角色 {entry.Name} 获得权限 {permission}");
            }
        }
    }
}

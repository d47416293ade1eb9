using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Modules.Users.Features.Roles;

namespace Portal.Modules.Users.Recipes;

/// <summary>
/// Makes sure the built-in roles exist, creates the listed roles and grants them permissions; grants
/// already present are kept. A permission no loaded module declares yet is granted as written (a plugin that
/// declares it may be added later); it carries no duty. Goes through <see cref="RoleAssignment"/>, so 三员分立 holds here too.
/// </summary>
internal sealed class RolesStep(PermissionCatalog catalog) : RecipeStep<RolesStepModel>
{
    public override string Name => "roles";

    protected override Task ValidateAsync(RecipeContext context, RolesStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        for (var i = 0; i < model.Roles.Count; i++)
        {
            var role = model.Roles[i];
            if (string.IsNullOrWhiteSpace(role.Name))
            {
                errors.Add(($"roles[{i}].name", "角色名称不能为空。"));
                continue;
            }

            if (SeparationOfDuties.Check([role.Name], catalog.DutiesOf(role.Permissions)) is { } refusal)
            {
                errors.Add(($"roles[{i}].permissions", refusal));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, RolesStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var services = scope.ServiceProvider;
        context.Changes.AddRange((await services.GetRequiredService<RoleSeeder>().EnsureAsync(cancellationToken)).Select(c => $"站点 {tenant} {c}"));
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        var assignment = services.GetRequiredService<RoleAssignment>();
        foreach (var entry in model.Roles)
        {
            var role = await roles.FindByNameAsync(entry.Name!);
            if (role is null)
            {
                role = new IdentityRole(entry.Name!);
                await roles.CreateAsync(role);
                context.Changes.Add($"站点 {tenant} 创建角色 {entry.Name}");
            }

            var granted = await assignment.PermissionsOfAsync(role);
            var missing = entry.Permissions.Where(p => !granted.Contains(p)).ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            if (await assignment.SetRolePermissionsAsync(role, [.. granted.Concat(missing)], cancellationToken) is { } refusal)
            {
                throw new RecipeException($"站点 {tenant} 角色“{entry.Name}”：{refusal}");
            }

            context.Changes.AddRange(missing.Select(p => $"站点 {tenant} 角色 {entry.Name} 获得权限 {p}"));
        }
    }
}

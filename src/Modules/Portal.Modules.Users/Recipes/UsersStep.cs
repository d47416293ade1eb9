using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Recipes;

/// <summary>Creates accounts that do not exist yet. Existing accounts are left alone (their passwords too).</summary>
internal sealed class UsersStep(InitialCredentials credentials) : RecipeStep<UsersStepModel>
{
    public override string Name => "users";

    protected override Task ValidateAsync(RecipeContext context, UsersStepModel model, string? tenant, List<(string Field, string Message)> errors, CancellationToken cancellationToken)
    {
        for (var i = 0; i < model.Users.Count; i++)
        {
            var user = model.Users[i];
            if (string.IsNullOrWhiteSpace(user.UserName))
            {
                errors.Add(($"users[{i}].userName", "用户名不能为空。"));
            }

            if (user.Password is { } password && (password.Length < 8 || !password.Any(char.IsDigit) || !password.Any(char.IsLetter)))
            {
                errors.Add(($"users[{i}].password", "密码至少 8 位，且同时包含字母和数字。"));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, UsersStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        foreach (var entry in model.Users)
        {
            if (await users.FindByNameAsync(entry.UserName!) is not null)
            {
                continue;
            }

            var user = new PortalUser { UserName = entry.UserName, DisplayName = entry.DisplayName ?? entry.UserName!, PhoneNumber = entry.PhoneNumber };
            var password = entry.Password ?? InitialCredentials.GeneratePassword();
            Check(await users.CreateAsync(user, password), entry.UserName!);
            if (entry.Roles.Count > 0)
            {
                Check(await users.AddToRolesAsync(user, entry.Roles), entry.UserName!);
            }

            if (entry.Password is null)
            {
                await credentials.RecordAsync(tenant!, entry.UserName!, password, cancellationToken);
            }

            context.Changes.Add($"站点 {tenant} 创建账号 {entry.UserName}");
        }
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new RecipeException($"创建账号“{userName}”失败：{string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}

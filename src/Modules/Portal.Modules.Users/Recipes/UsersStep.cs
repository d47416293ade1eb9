using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Accounts;
using Portal.Modules.Users.Features.Roles;
using Portal.Modules.Users.Features.SignIn;

namespace Portal.Modules.Users.Recipes;

/// <summary>
/// Creates accounts that do not exist yet. Existing accounts are left alone (their passwords too). Roles
/// go through <see cref="RoleAssignment"/>: a recipe cannot make one account two of the three administrators.
/// </summary>
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

            if (user.Password is { } password && !PasswordKindsValidator.IsStrongEnough(password))
            {
                errors.Add(($"users[{i}].password", PasswordKindsValidator.Rule));
            }

            if (user.PhoneNumber is { Length: > 0 } phone && !AccountLookup.IsMobileNumber(phone))
            {
                errors.Add(($"users[{i}].phoneNumber", "手机号应为 11 位数字。"));
            }

            if (SeparationOfDuties.Check(user.Roles, new HashSet<AdministratorDuty>()) is { } refusal)
            {
                errors.Add(($"users[{i}].roles", refusal));
            }
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(RecipeContext context, UsersStepModel model, string? tenant, CancellationToken cancellationToken)
    {
        await using var scope = await context.CreateTenantScopeAsync(tenant!, cancellationToken);
        var services = scope.ServiceProvider;
        var users = services.GetRequiredService<UserManager<PortalUser>>();
        context.Changes.AddRange((await services.GetRequiredService<RoleSeeder>().EnsureAsync(cancellationToken)).Select(c => $"站点 {tenant} {c}"));
        foreach (var entry in model.Users)
        {
            if (await users.FindByNameAsync(entry.UserName!) is not null)
            {
                continue;
            }

            if (await services.GetRequiredService<AccountLookup>().PhoneTakenAsync(entry.PhoneNumber, null, cancellationToken) is { } taken)
            {
                throw new RecipeException($"创建账号“{entry.UserName}”失败：{taken}");
            }

            var user = new PortalUser { UserName = entry.UserName, DisplayName = entry.DisplayName ?? entry.UserName! };
            await services.GetRequiredService<AccountPhones>().SetAsync(user, entry.PhoneNumber, cancellationToken);
            var password = entry.Password ?? InitialCredentials.GeneratePassword();
            Check(await users.CreateAsync(user, password), entry.UserName!);
            await AccountUnits.SetAsync(users, user, entry.Units);
            if (entry.Roles.Count > 0 && await services.GetRequiredService<RoleAssignment>().SetUserRolesAsync(user, entry.Roles, cancellationToken) is { } refusal)
            {
                throw new RecipeException($"账号“{entry.UserName}”：{refusal}");
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

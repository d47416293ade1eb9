using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Roles;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Security;

/// <summary>
/// Outside review (issue 14), finding 1: two changes that are each fine alone — give an account a second role,
/// and add a permission to its first role — must not both pass when they arrive at the same moment.
/// Real parallel attempts against the real database, many rounds.
/// </summary>
public abstract class RoleRaceTests(SecurityFixture fixture)
{
    private const int Rounds = 15;
    private const int AttemptsPerRound = 8;

    [Fact]
    public async Task ConcurrentRoleAndPermissionChanges_NeverLeaveAnAccountWithTwoDuties()
    {
        var suffix = TestRecipes.NewName("r");
        var (plain, audit, account) = ("办公室" + suffix, "审计查询" + suffix, "racer" + suffix);
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "race", "steps": [
              { "step": "roles", "tenant": "{{fixture.County}}", "roles": [
                { "name": "{{plain}}", "permissions": ["admin.access"] },
                { "name": "{{audit}}", "permissions": ["admin.access", "audit.export"] } ] },
              { "step": "users", "tenant": "{{fixture.County}}", "users": [
                { "userName": "{{account}}", "displayName": "蒋文斌", "password": "Jingsai#2024", "roles": ["{{plain}}"] } ] }
            ] }
            """);

        var refusals = 0;
        for (var round = 0; round < Rounds; round++)
        {
            await WithAssignmentAsync(async (assignment, users, roles) =>
            {
                Assert.Null(await assignment.SetRolePermissionsAsync((await roles.FindByNameAsync(plain))!, ["admin.access"]));
                Assert.Null(await assignment.SetUserRolesAsync((await users.FindByNameAsync(account))!, [plain]));
            });

            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var attempts = Enumerable.Range(0, AttemptsPerRound).Select(i => Task.Run(async () =>
            {
                string? refusal = null;
                await start.Task;
                await WithAssignmentAsync(async (assignment, users, roles) => refusal = i % 2 == 0
                    ? await assignment.SetUserRolesAsync((await users.FindByNameAsync(account))!, [plain, audit])
                    : await assignment.SetRolePermissionsAsync((await roles.FindByNameAsync(plain))!, ["admin.access", "users.manage"]));
                return refusal;
            })).ToList();
            start.SetResult();
            var outcomes = await Task.WhenAll(attempts);
            refusals += outcomes.Count(o => o is not null);

            IReadOnlySet<AdministratorDuty> duties = new HashSet<AdministratorDuty>();
            await WithAssignmentAsync(async (assignment, users, _) => duties = await assignment.DutiesOfAsync((await users.FindByNameAsync(account))!));
            Assert.True(duties.Count <= 1, $"round {round}: {account} holds {string.Join(", ", duties)}");
        }

        Assert.True(refusals >= Rounds, "every round must refuse the change that came second");
    }

    private async Task WithAssignmentAsync(Func<RoleAssignment, UserManager<PortalUser>, RoleManager<IdentityRole>, Task> work)
    {
        await using var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        var services = scope.ServiceProvider;
        await work(services.GetRequiredService<RoleAssignment>(), services.GetRequiredService<UserManager<PortalUser>>(), services.GetRequiredService<RoleManager<IdentityRole>>());
    }
}

public sealed class SqliteRoleRaceTests(SqliteSecurity fixture) : RoleRaceTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresRoleRaceTests(PostgresSecurity fixture) : RoleRaceTests(fixture), IClassFixture<PostgresSecurity>;

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Modules.Audit.Features.Verify;
using Portal.Modules.Audit.Persistence;
using Xunit;

namespace Portal.Web.Tests.Security;

public abstract class AuditTests(SecurityFixture fixture)
{
    [Fact]
    public async Task SignIns_PersonalFileViews_AndFeatureChanges_AreLogged_WithAccountIpAndOutcome()
    {
        using var failed = fixture.Factory.CreateBrowser();
        await Browser.PostLoginAsync(failed, fixture.County, "reviewer", "Wrong#2024x");
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", SecurityFixture.Password);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/{fixture.County}/healthcare/records")).StatusCode);
        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        await Browser.PostFormAsync(admin, $"/{fixture.County}/admin/features?handler=Disable", new() { ["id"] = "Yizheng.Healthcare" }, $"/{fixture.County}/admin/features");
        await Browser.PostFormAsync(admin, $"/{fixture.County}/admin/features?handler=Enable", new() { ["id"] = "Yizheng.Healthcare" }, $"/{fixture.County}/admin/features");

        using var auditor = await Browser.SignedInAsync(fixture.Factory, fixture.County, "auditor", SecurityFixture.Password);
        var csv = await auditor.GetStringAsync($"/{fixture.County}/admin/audit/export");
        Assert.Contains("\"reviewer\",\"\",\"signin\",\"登录\",失败,\"密码错误\"", csv.Replace("\"::1\"", "\"\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"clerk\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"person.list\",\"健康服务台登记表\",成功,\"显示 1 条\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"feature.change\"", csv, StringComparison.Ordinal);
        Assert.Contains("停用（数据保留）", csv, StringComparison.Ordinal);

        var search = await auditor.GetStringAsync($"/{fixture.County}/admin/audit?Filter.Action=person.list");
        Assert.Contains("健康服务台登记表", search, StringComparison.Ordinal);
        Assert.DoesNotContain("feature.change</td>", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chain_IsIntact_ThenATamperedEntryIsReportedAsTheFirstBrokenLink()
    {
        var tenant = Infrastructure.TestRecipes.NewName("shenji");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{tenant}}", "displayName": "审计测试县", "parent": "{{fixture.Province}}" },
              { "step": "users", "users": [ { "userName": "auditor", "displayName": "孔祥云", "password": "Shenji#2024", "roles": ["审计管理员"] } ] }
            ] }
            """);
        for (var i = 0; i < 3; i++)
        {
            using var browser = fixture.Factory.CreateBrowser();
            await Browser.PostLoginAsync(browser, tenant, "auditor", i == 1 ? "Wrong#2024x" : "Shenji#2024");
        }

        await using var scope = await TenantScope.CreateAsync(fixture.Factory, tenant);
        var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
        var intact = await verifier.VerifyAsync();
        Assert.True(intact.IsIntact);
        Assert.True(intact.Count >= 4); // role assignment by the recipe, then three sign-ins

        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var provider = (await fixture.Factory.Get<Portal.Core.Tenants.TenantStore>().FindAsync(tenant))!.DatabaseProvider;
        // The product cannot change a row: the append-only trigger refuses.
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE portal_audit SET \"Outcome\" = 'Success' WHERE \"Sequence\" = 3"));

        // Someone with the database owner's password drops the trigger and rewrites the failed sign-in as a success.
        await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Sqlite
            ? "DROP TRIGGER portal_audit_no_update"
            : "DROP TRIGGER portal_audit_no_change ON portal_audit");
        var failed = await db.Records.AsNoTracking().Where(r => r.Outcome == "Failure").Select(r => r.Sequence).SingleAsync();
        await db.Database.ExecuteSqlAsync($"UPDATE portal_audit SET \"Outcome\" = 'Success' WHERE \"Sequence\" = {failed}");

        var broken = await verifier.VerifyAsync();
        Assert.False(broken.IsIntact);
        Assert.Equal(failed, broken.BrokenAt);
        Assert.Contains("被改动", broken.Problem, StringComparison.Ordinal);

        using var auditor = await Browser.SignedInAsync(fixture.Factory, tenant, "auditor", "Shenji#2024");
        Assert.Contains($"校验失败：第 {failed} 条", await auditor.GetStringAsync($"/{tenant}/admin/audit?handler=Verify"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditApi_AnswersTheAuditor_AndNoOneElse()
    {
        using var auditor = await Browser.SignedInAsync(fixture.Factory, fixture.County, "auditor", SecurityFixture.Password);
        var response = await auditor.GetAsync($"/{fixture.County}/api/audit/entries?action=signin");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"action\":\"signin\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", SecurityFixture.Password);
        var refused = await admin.GetAsync($"/{fixture.County}/api/audit/entries");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class SqliteAuditTests(SqliteSecurity fixture) : AuditTests(fixture), IClassFixture<SqliteSecurity>;

public sealed class PostgresAuditTests(PostgresSecurity fixture) : AuditTests(fixture), IClassFixture<PostgresSecurity>;

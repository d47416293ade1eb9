using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Events;
using Portal.Modules.Archives.Persistence;
using Portal.Modules.Audit.Persistence;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Archives;

/// <summary>The 单位管理 admin page: only the 系统管理员, every change through the writer, audited, with its event.</summary>
public abstract class UnitsPageTests(ArchivesFixture fixture)
{
    [Fact]
    public async Task List_ShowsTheTree_ToTheSystemAdministratorOnly()
    {
        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", ArchivesFixture.Password);
        var page = await admin.GetStringAsync($"/{fixture.County}/admin/archives/units");
        var parent = page.IndexOf(ArchivesFixture.UnitA, StringComparison.Ordinal);
        var child = page.IndexOf("└ 仪征市实验小学", StringComparison.Ordinal);
        Assert.True(parent > 0 && child > parent, "the school is listed under 教育局");
        Assert.Contains("国有企业", page, StringComparison.Ordinal);

        foreach (var account in new[] { "clerk", "reviewer" })
        {
            using var other = await Browser.SignedInAsync(fixture.Factory, fixture.County, account, ArchivesFixture.Password);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/{fixture.County}/admin/archives/units")).StatusCode);
        }

        using var anonymous = fixture.Factory.CreateBrowser();
        var response = await anonymous.GetAsync($"/{fixture.County}/admin/archives/units/edit");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ThenRename_IsSaved_Audited_AndPublished()
    {
        var county = await fixture.NewCountyAsync("yangzhou");
        using var admin = await Browser.SignedInAsync(fixture.Factory, county, "sysadmin", ArchivesFixture.Password);
        var edit = $"/{county}/admin/archives/units/edit";
        var added = await Browser.PostFormAsync(admin, edit, new()
        {
            ["Input.Name"] = "扬州市广陵区卫生健康委员会",
            ["Input.Code"] = "１２３２１００２ＭＢ１",
            ["Input.Type"] = "PartyAndGovernment",
            ["Input.SortOrder"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var unit = await UnitAsync(county, "12321002MB1");
        Assert.Equal("扬州市广陵区卫生健康委员会", unit.Name);
        var renamed = await Browser.PostFormAsync(admin, $"{edit}/{unit.Id}", new()
        {
            ["Input.Id"] = unit.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Version"] = "1",
            ["Input.Name"] = "扬州市广陵区卫健委",
            ["Input.Code"] = "12321002MB1",
            ["Input.Type"] = "PartyAndGovernment",
            ["Input.SortOrder"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(2, (await UnitAsync(county, "12321002MB1")).Version);

        await using var scope = await fixture.Factory.Get<Portal.Core.Tenants.TenantScopeFactory>().CreateAsync(county);
        var audit = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.Action == "archives.unit.save").OrderBy(r => r.Sequence).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, r => Assert.Equal("sysadmin", r.Account));
        Assert.StartsWith("新增：扬州市广陵区卫生健康委员会，代码 12321002MB1，党政机关", audit[0].Detail, StringComparison.Ordinal);
        Assert.Contains("→ 扬州市广陵区卫健委", audit[1].Detail, StringComparison.Ordinal);

        var events = await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Events.AsNoTracking()
            .Where(e => e.Type == "archives.unit-changed").OrderBy(e => e.Sequence).Select(e => e.Payload).ToListAsync();
        Assert.Equal(2, events.Count);
        Assert.Contains("\"previousName\":\"扬州市广陵区卫生健康委员会\"", events[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleVersion_DuplicateName_AndALoop_AreRefusedInChinese_AndChangeNothing()
    {
        var county = await UnitsCountyAsync("jiangdu");
        using var admin = await Browser.SignedInAsync(fixture.Factory, county, "sysadmin", ArchivesFixture.Password);
        var parent = await UnitAsync(county, "J01");
        var child = await UnitAsync(county, "J0101");
        var path = $"/{county}/admin/archives/units/edit/{parent.Id}";
        Dictionary<string, string> Form(string version, string name, string? parentId) => new()
        {
            ["Input.Id"] = parent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Version"] = version,
            ["Input.Name"] = name,
            ["Input.Code"] = "J01",
            ["Input.Type"] = "PartyAndGovernment",
            ["Input.ParentId"] = parentId ?? "",
        };

        var stale = await Browser.PostFormAsync(admin, path, Form("0", "江都区民政局（新）", null));
        Assert.Contains("刚被其他人修改过", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var duplicate = await Browser.PostFormAsync(admin, path, Form("1", "江都区养老服务中心", null));
        Assert.Contains("本站已有名为“江都区养老服务中心”的单位", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var loop = await Browser.PostFormAsync(admin, path, Form("1", "江都区民政局", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("上级单位不能选它自己的下级单位", await loop.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var after = await UnitAsync(county, "J01");
        Assert.Equal(("江都区民政局", 1, (int?)null), (after.Name, after.Version, after.ParentId));
    }

    [Fact]
    public async Task Remove_IsRefusedWhileUnitsAreBelow_ThenRemovesALeaf()
    {
        var county = await UnitsCountyAsync("yizhen");
        using var admin = await Browser.SignedInAsync(fixture.Factory, county, "sysadmin", ArchivesFixture.Password);
        var parent = await UnitAsync(county, "J01");
        var child = await UnitAsync(county, "J0101");

        var refused = await Browser.PostFormAsync(admin, $"/{county}/admin/archives/units/edit/{parent.Id}?handler=Remove", new() { ["version"] = "1" }, $"/{county}/admin/archives/units/edit/{parent.Id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("下还有 1 个下级单位", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var removed = await Browser.PostFormAsync(admin, $"/{county}/admin/archives/units/edit/{child.Id}?handler=Remove", new() { ["version"] = "1" }, $"/{county}/admin/archives/units/edit/{child.Id}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        await using var scope = await fixture.Factory.Get<Portal.Core.Tenants.TenantScopeFactory>().CreateAsync(county);
        Assert.False(await scope.ServiceProvider.GetRequiredService<ArchivesDbContext>().Units.AnyAsync(u => u.Code == "J0101"));
        var entry = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking().SingleAsync(r => r.Action == "archives.unit.remove");
        Assert.Equal("单位 江都区养老服务中心（J0101）", entry.Target);
    }

    private async Task<string> UnitsCountyAsync(string stem)
    {
        var county = await fixture.NewCountyAsync(stem);
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "units", "tenant": "{{county}}", "units": [
              { "code": "J01", "name": "江都区民政局" }, { "code": "J0101", "name": "江都区养老服务中心", "type": "事业单位", "parent": "J01" } ] } ] }
            """);
        return county;
    }

    private async Task<Portal.Modules.Archives.Domain.Unit> UnitAsync(string county, string code)
    {
        await using var scope = await fixture.Factory.Get<Portal.Core.Tenants.TenantScopeFactory>().CreateAsync(county);
        return await scope.ServiceProvider.GetRequiredService<ArchivesDbContext>().Units.AsNoTracking().SingleAsync(u => u.Code == code);
    }
}

public sealed class SqliteUnitsPageTests(SqliteArchives fixture) : UnitsPageTests(fixture), IClassFixture<SqliteArchives>;

public sealed class PostgresUnitsPageTests(PostgresArchives fixture) : UnitsPageTests(fixture), IClassFixture<PostgresArchives>;

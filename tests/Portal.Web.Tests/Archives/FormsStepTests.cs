using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Recipes;
using Portal.Core.Tenants;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Persistence;
using Xunit;

namespace Portal.Web.Tests.Archives;

/// <summary>The recipe step archiveForms and the shipped recipes/archives-forms.recipe.json: seven forms per site, versioned.</summary>
public abstract class FormsStepTests(ArchivesFixture fixture)
{
    [Fact]
    public async Task ShippedRecipe_GivesTheSevenForms_AndASecondRunChangesNothing()
    {
        var county = await fixture.NewCountyAsync("gaoyou");
        var changes = await fixture.Factory.RunRecipeAsync(ArchivesFixture.FormsRecipe, county);
        Assert.Equal(7, changes.Count(c => c.Contains("档案表单", StringComparison.Ordinal)));
        Assert.Empty(await fixture.Factory.RunRecipeAsync(ArchivesFixture.FormsRecipe, county));

        await using var scope = await fixture.Factory.Get<TenantScopeFactory>().CreateAsync(county);
        var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
        var forms = await db.Forms.AsNoTracking().ToListAsync();
        Assert.Equal(ArchiveCategory.All.Select(c => c.Key).Order(), forms.Select(f => f.Key).Order());
        Assert.All(forms, f => Assert.Equal(1, f.Revision));

        var lixiu = forms.Single(f => f.Key == "lixiu");
        var fields = FormRules.Deserialize(await db.Revisions.Where(r => r.FormId == lixiu.Id).Select(r => r.Fields).SingleAsync());
        string[] core = ["姓名", "性别", "出生时间", "民族", "籍贯", "政治面貌", "入党时间", "学历", "参加工作时间", "离休时间", "现享受待遇及批准时间", "健康状况",
            "离休时职级", "离休时单位及职务", "月收入总额（元）", "基本费（元）", "补贴（元）", "身份证号", "医保号", "婚姻状况", "现居住地", "联系电话"];
        Assert.All(core, label => Assert.Contains(fields, f => f.Label == label));
        Assert.All(fields.Where(f => core.Contains(f.Label) && f.Key != "partyDate"), f => Assert.True(f.Required, f.Label));
        Assert.All(["idNumber", "phone", "address", "health", "medicalInsuranceNo"], key => Assert.True(fields.Single(f => f.Key == key).IsSealed, key));
    }

    [Fact]
    public async Task ChangedFields_AddARevision_AndKeepTheOldOne()
    {
        var county = await fixture.NewCountyAsync("baoying");
        string Recipe(string extra) => $$"""
            { "name": "t", "steps": [ { "step": "archiveForms", "tenant": "{{county}}", "forms": [ { "key": "volunteerTeams", "fields": [
              { "key": "name", "label": "队伍名称", "type": "text", "required": true }{{extra}} ] } ] } ] }
            """;
        await fixture.Factory.RunRecipeAsync(Recipe(""));
        var changes = await fixture.Factory.RunRecipeAsync(Recipe(""", { "key": "hometown", "label": "服务社区", "type": "text", "help": "宝应县自加字段" }"""));
        Assert.Equal($"站点 {county} 档案表单 志愿服务队伍信息 第 2 版", Assert.Single(changes));

        await using var scope = await fixture.Factory.Get<TenantScopeFactory>().CreateAsync(county);
        var db = scope.ServiceProvider.GetRequiredService<FormsDbContext>();
        var form = await db.Forms.AsNoTracking().SingleAsync(f => f.Key == "volunteerTeams");
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.FormId == form.Id).OrderBy(r => r.Revision).ToListAsync();
        Assert.Equal(2, form.Revision);
        Assert.Equal([1, 2], revisions.Select(r => r.Revision));
        Assert.Single(FormRules.Deserialize(revisions[0].Fields));
        Assert.Equal("宝应县自加字段", FormRules.Deserialize(revisions[1].Fields)[1].Help);
    }

    [Fact]
    public async Task FormsPage_ShowsTheFormsFieldsAndRevisions_ToTheSystemAdministratorOnly()
    {
        using var admin = await Portal.Web.Tests.Security.Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", ArchivesFixture.Password);
        var list = await admin.GetStringAsync($"/{fixture.County}/admin/archives/forms");
        Assert.All(ArchiveCategory.All, c => Assert.Contains(c.Label, list, StringComparison.Ordinal));

        var lixiu = await admin.GetStringAsync($"/{fixture.County}/admin/archives/forms?key=lixiu");
        Assert.Contains("<td>身份证号</td>", lixiu, StringComparison.Ordinal);
        Assert.Contains("字典：政治面貌", lixiu, StringComparison.Ordinal);
        Assert.Contains("加密", lixiu, StringComparison.Ordinal);
        Assert.Contains("第 1 版：32 个字段", lixiu, StringComparison.Ordinal);

        using var clerk = await Portal.Web.Tests.Security.Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ArchivesFixture.Password);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await clerk.GetAsync($"/{fixture.County}/admin/archives/forms")).StatusCode);
    }

    [Fact]
    public async Task BadDefinition_IsRefusedBeforeAnythingRuns_NamingFormAndField()
    {
        var county = await fixture.NewCountyAsync("jiangdu");
        var error = await Assert.ThrowsAsync<RecipeException>(() => fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "archiveForms", "tenant": "{{county}}", "forms": [
              { "key": "tuixiu", "fields": [ { "key": "name", "label": "姓名", "type": "text", "required": true }, { "key": "nation", "label": "民族", "type": "choice", "dictionary": "民族表" } ] },
              { "key": "retirees", "fields": [ { "key": "name", "label": "姓名", "type": "text", "required": true } ] } ] } ] }
            """));

        Assert.Contains(error.Errors, e => e.Field == "forms[0].fields[1].dictionary" && e.Message.Contains("民族表", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Field == "forms[1].key" && e.Message.Contains("retirees", StringComparison.Ordinal));
        await using var scope = await fixture.Factory.Get<TenantScopeFactory>().CreateAsync(county);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<FormsDbContext>().Forms.ToListAsync());
    }
}

public sealed class SqliteFormsStepTests(SqliteArchives fixture) : FormsStepTests(fixture), IClassFixture<SqliteArchives>;

public sealed class PostgresFormsStepTests(PostgresArchives fixture) : FormsStepTests(fixture), IClassFixture<PostgresArchives>;

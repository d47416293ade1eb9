using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Audit.Persistence;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.ImportPolicies;
using Portal.Modules.Policies.Features.WritePolicies;
using Portal.Modules.Policies.Persistence;
using Xunit;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// The editor, the recipe step and the importer write a document through one path (issue 8, part 5): the same
/// rules, the body rendered to safe HTML once when saved, a new version, and an audit entry.
/// </summary>
public abstract class PolicyWriterTests(PoliciesFixture fixture)
{
    private const string Body = "## 一、发放标准\n\n每人每月三百元。<script>alert('x')</script>";

    [Fact]
    public async Task EveryWritePath_StoresTheBodyRenderedAndSafe_WithANewVersion_AndAudits()
    {
        var tenant = await fixture.NewCountyAsync("nanping");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "policies", "documents": [
              { "externalId": "np-1", "title": "南平县高龄老同志生日慰问办法", "docNumber": "南平老干(2024)8号", "writtenOn": "2024-05-01", "body": "{{Body.Replace("\n", "\\n", StringComparison.Ordinal)}}" } ] } ] }
            """, tenant);
        await ImportAsync(tenant, """{"id":"np-2","title":"南平县离休干部护理费发放通知","doc_number":"南平老干[2024]9号","date":"2024-06-01","body":"## 二、发放时间\n\n每季度首月发放。<img src=x onerror=alert(1)>"}""");

        await using var scope = await fixture.ScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var fromRecipe = await db.Documents.AsNoTracking().SingleAsync(d => d.ExternalId == "np-1");
        var fromImport = await db.Documents.AsNoTracking().SingleAsync(d => d.ExternalId == "np-2");
        var input = PolicyInput.From(fromRecipe);
        input.Body = "## 一、发放标准\n\n每人每月五百元。";
        var edited = await scope.ServiceProvider.GetRequiredService<PolicyWriter>().SaveAsync(input, "陈丽娟");

        Assert.Contains("<h2", fromRecipe.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", fromRecipe.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", fromImport.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("每季度首月发放", fromImport.BodyHtml, StringComparison.Ordinal);
        Assert.Contains("五百元", edited.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(fromRecipe.Version + 1, edited.Version);
        // One rule for every path: the 发文字号 is kept in its canonical brackets whoever wrote it.
        Assert.Equal(("南平老干〔2024〕8号", "南平老干〔2024〕9号"), (fromRecipe.DocNumber, fromImport.DocNumber));

        var actions = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.Action.StartsWith("policy.")).Select(r => r.Action).ToListAsync();
        Assert.Equal(["policy.import", "policy.recipe", "policy.save"], actions.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Recipe_LinksARepealedDocumentToItsSuccessor_WhicheverComesFirst()
    {
        var tenant = await fixture.NewCountyAsync("dongping");
        await fixture.Factory.RunRecipeAsync("""
            { "name": "t", "steps": [ { "step": "policies", "documents": [
              { "externalId": "dp-new", "title": "东平县离休干部医药费管理办法", "writtenOn": "2023-07-01", "body": "据实报销。" },
              { "externalId": "dp-old", "title": "东平县离休干部医药费管理暂行办法", "writtenOn": "2019-04-02", "validity": "已废止", "replacedBy": "dp-new", "body": "按季度报销。" },
              { "externalId": "dp-older", "title": "东平县离休干部看病报销规定", "writtenOn": "2012-01-05", "validity": "已废止", "replacedBy": "dp-newest", "body": "凭票报销。" },
              { "externalId": "dp-newest", "title": "东平县离休干部就医服务办法", "writtenOn": "2024-01-05", "body": "就医绿色通道。" } ] } ] }
            """, tenant);

        await using var scope = await fixture.ScopeAsync(tenant);
        var ids = await scope.ServiceProvider.GetRequiredService<PoliciesDbContext>().Documents.AsNoTracking()
            .ToDictionaryAsync(d => d.ExternalId!, d => (d.Id, d.ReplacedById));
        Assert.Equal(ids["dp-new"].Id, ids["dp-old"].ReplacedById);
        Assert.Equal(ids["dp-newest"].Id, ids["dp-older"].ReplacedById);
        Assert.Null(ids["dp-new"].ReplacedById);
    }

    [Fact]
    public async Task Import_UpdatesOnlyTheFieldsItsFileCarries_AndKeepsWhatTheEditorSet()
    {
        var tenant = await fixture.NewCountyAsync("beiping");
        const string Line = """{"id":"bp-1","title":"北平县老干部活动中心开放时间","date":"2024-03-01","body":"每周二至周日开放。"}""";
        await ImportAsync(tenant, Line);
        await using (var scope = await fixture.ScopeAsync(tenant))
        {
            var stored = await scope.ServiceProvider.GetRequiredService<PoliciesDbContext>().Documents.AsNoTracking().SingleAsync(d => d.ExternalId == "bp-1");
            var input = PolicyInput.From(stored);
            input.Keywords = "活动中心 开放时间";
            input.Genre = "通知";
            await scope.ServiceProvider.GetRequiredService<PolicyWriter>().SaveAsync(input, "陈丽娟");
        }

        var again = await ImportAsync(tenant, Line);
        var changed = await ImportAsync(tenant, Line.Replace("每周二至周日开放。", "每周一至周日开放。", StringComparison.Ordinal));

        Assert.Equal((0, 0, 1), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal(1, changed.Updated);
        await using var check = await fixture.ScopeAsync(tenant);
        var document = await check.ServiceProvider.GetRequiredService<PoliciesDbContext>().Documents.AsNoTracking().SingleAsync(d => d.ExternalId == "bp-1");
        Assert.Equal(("活动中心 开放时间", "通知", "导入"), (document.Keywords, document.Genre, document.UpdatedBy));
        Assert.Contains("每周一至周日开放", document.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentSavedBeforeBodiesWereStoredRendered_IsRenderedOnItsFirstView_AndKept()
    {
        var tenant = await fixture.NewCountyAsync("xiping");
        await ImportAsync(tenant, """{"id":"xp-1","title":"西平县离退休干部体检安排","date":"2024-04-01","body":"## 体检时间\n\n每年四月在县人民医院体检。"}""");
        long id;
        await using (var scope = await fixture.ScopeAsync(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
            id = await db.Documents.Where(d => d.ExternalId == "xp-1").Select(d => d.Id).SingleAsync();
            await db.Documents.Where(d => d.Id == id).ExecuteUpdateAsync(set => set.SetProperty(d => d.BodyHtml, (string?)null));
        }

        using var reader = fixture.Factory.CreateBrowser();
        var page = await reader.GetStringAsync($"/{tenant}/policies/{id}");

        Assert.Contains("每年四月在县人民医院体检", page, StringComparison.Ordinal);
        await using var check = await fixture.ScopeAsync(tenant);
        var stored = await check.ServiceProvider.GetRequiredService<PoliciesDbContext>().Documents.AsNoTracking().SingleAsync(d => d.Id == id);
        Assert.Contains("<h2", stored.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task BulkWrite_WhoseSuccessorIsRefusedInTheSameBatch_RefusesItTooNamingTheSuccessor_AndWritesTheRest()
    {
        var tenant = await fixture.NewCountyAsync("nanxi");
        PolicyUpsert Item(string externalId, string title, string? replacedBy = null, PolicyValidity validity = PolicyValidity.Current)
            => new(externalId, input => { input.Title = title; input.Validity = validity; input.Body = "按规定执行。"; }, replacedBy);

        PolicyUpsertResult result;
        await using (var scope = await fixture.ScopeAsync(tenant))
        {
            result = await scope.ServiceProvider.GetRequiredService<PolicyWriter>().UpsertAsync(
            [
                Item("nx-old", "南溪县离休干部医药费管理暂行办法", replacedBy: "nx-new", validity: PolicyValidity.Repealed),
                Item("nx-new", "   "),
                Item("nx-older", "南溪县离休干部看病报销规定", replacedBy: "nx-old", validity: PolicyValidity.Repealed),
                Item("nx-other", "南溪县老干部活动中心开放时间"),
            ], PolicyWriteOrigin.Recipe);
        }

        Assert.Equal([0, 1, 2], result.Refused.Select(r => r.Index));
        Assert.Contains("请填写标题", result.Refused[1].Message, StringComparison.Ordinal);
        Assert.Contains("“nx-new”", result.Refused[0].Message, StringComparison.Ordinal);
        Assert.Contains("“nx-old”", result.Refused[2].Message, StringComparison.Ordinal);
        Assert.Equal(1, result.Added);
        await using var check = await fixture.ScopeAsync(tenant);
        var stored = await check.ServiceProvider.GetRequiredService<PoliciesDbContext>().Documents.AsNoTracking().Select(d => d.ExternalId).ToListAsync();
        Assert.Equal(["nx-other"], stored);
    }

    private async Task<ImportReport> ImportAsync(string tenant, string text)
    {
        await using var scope = await fixture.ScopeAsync(tenant);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var report = await scope.ServiceProvider.GetRequiredService<PolicyImporter>().ImportAsync(stream);
        Assert.Empty(report.Errors);
        return report;
    }
}

public sealed class SqlitePolicyWriterTests(SqlitePolicies fixture) : PolicyWriterTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresPolicyWriterTests(PostgresPolicies fixture) : PolicyWriterTests(fixture), IClassFixture<PostgresPolicies>;

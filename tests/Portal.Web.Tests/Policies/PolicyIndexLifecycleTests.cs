using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.WritePolicies;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Persistence;
using Xunit;

namespace Portal.Web.Tests.Policies;

public abstract class PolicyIndexLifecycleTests(PoliciesFixture fixture)
{
    private const string Query = "q=%E8%80%81%E5%B9%B4%E5%A4%A7%E5%AD%A6&size=50"; // 老年大学

    [Fact]
    public async Task Search_AfterTheIndexFolderIsDeleted_RebuildsFromTheDatabase_WithTheSameResults()
    {
        var tenant = await SeededCountyAsync("qinghe");
        using var client = fixture.Factory.CreateBrowser();
        var before = (await PolicyApi.SearchAsync(client, tenant, Query)).GetRawText();

        var path = await ReleaseIndexAsync(tenant);
        Directory.Delete(path, recursive: true);

        Assert.Equal(before, (await PolicyApi.SearchWhenRebuiltAsync(client, tenant, Query)).GetRawText());
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public async Task Search_WhenAnIndexFileIsCorrupt_RebuildsFromTheDatabase_WithTheSameResults()
    {
        var tenant = await SeededCountyAsync("baihe");
        using var client = fixture.Factory.CreateBrowser();
        var before = (await PolicyApi.SearchAsync(client, tenant, Query)).GetRawText();

        var path = await ReleaseIndexAsync(tenant);
        foreach (var file in Directory.GetFiles(path).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            Array.Fill(bytes, (byte)0x5a, bytes.Length / 3, bytes.Length / 3);
            await File.WriteAllBytesAsync(file, bytes);
        }

        Assert.Equal(before, (await PolicyApi.SearchWhenRebuiltAsync(client, tenant, Query)).GetRawText());
    }

    [Fact]
    public async Task Indexes_AreOneFolderPerTenant_AndAnEditInOneIsNeverSeenByAnother()
    {
        var indexer = fixture.Factory.Get<PolicyIndexer>();
        Assert.NotEqual(indexer.IndexPath(fixture.County), indexer.IndexPath(fixture.Sibling));

        await using (var scope = await fixture.ScopeAsync(fixture.Sibling))
        {
            await scope.ServiceProvider.GetRequiredService<PolicyWriter>().SaveAsync(
                new PolicyInput { Title = "西岭县银发志愿服务队章程", Body = "志愿服务队由退休干部自愿组成。" }, "测试");
            var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
            var draft = await db.Documents.AsNoTracking().SingleAsync(d => d.Title == "西岭县银发志愿服务队章程");
            await scope.ServiceProvider.GetRequiredService<PolicyWriter>().SetStatusAsync(draft.Id, draft.Version, PolicyStatus.Published, "测试");
        }

        using var client = fixture.Factory.CreateBrowser();
        var q = PolicyApi.Q("银发志愿服务队");
        Assert.Contains("西岭县银发志愿服务队章程", PolicyApi.Titles(await PolicyApi.SearchAsync(client, fixture.Sibling, q)));
        Assert.DoesNotContain("西岭县银发志愿服务队章程", PolicyApi.Titles(await PolicyApi.SearchAsync(client, fixture.County, q)));
        Assert.DoesNotContain("西岭县银发志愿服务队章程", PolicyApi.Titles(await PolicyApi.SearchAsync(client, fixture.City, q)));
    }

    [Fact]
    public async Task Edit_WithAStaleVersion_IsRefusedInChinese_AndUnpublishRemovesFromSearch()
    {
        var tenant = await fixture.NewCountyAsync("dongpo");
        await using var scope = await fixture.ScopeAsync(tenant);
        var editor = scope.ServiceProvider.GetRequiredService<PolicyWriter>();
        var created = await editor.SaveAsync(new PolicyInput { Title = "东坡县老干部阅览室开放通知", Body = "阅览室每天开放。" }, "甲");
        var version = (await editor.SetStatusAsync(created.Id, created.Version, PolicyStatus.Published, "甲")).Version;
        var first = new PolicyInput { Id = created.Id, Version = version, Title = "东坡县老干部阅览室开放时间通知", Body = "阅览室每天上午开放。" };
        await editor.SaveAsync(first, "甲");

        var stale = new PolicyInput { Id = created.Id, Version = version, Title = "乙的修改", Body = "乙" };
        var error = await Assert.ThrowsAsync<PortalException>(() => scope.ServiceProvider.GetRequiredService<PolicyWriter>().SaveAsync(stale, "乙"));
        Assert.Contains("刚被其他人修改过", error.Message, StringComparison.Ordinal);

        using var client = fixture.Factory.CreateBrowser();
        Assert.Equal(["东坡县老干部阅览室开放时间通知"], PolicyApi.Titles(await PolicyApi.SearchAsync(client, tenant, PolicyApi.Q("阅览室"))));
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var current = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == created.Id);
        await editor.SetStatusAsync(created.Id, current.Version, PolicyStatus.Draft, "甲");
        Assert.Empty(PolicyApi.Titles(await PolicyApi.SearchAsync(client, tenant, PolicyApi.Q("阅览室"))));
    }

    private async Task<string> SeededCountyAsync(string stem)
    {
        var tenant = await fixture.NewCountyAsync(stem);
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "policies", "tenant": "{{tenant}}", "documents": [
              { "externalId": "a", "title": "{{stem}}县老年大学秋季招生简章", "docNumber": "青老干〔2024〕1号", "writtenOn": "2024-08-01", "body": "老年大学开设书法和太极拳课程。" },
              { "externalId": "b", "title": "{{stem}}县老年大学学员管理办法", "writtenOn": "2023-02-01", "body": "学员应遵守老年大学的规定。" },
              { "externalId": "c", "title": "{{stem}}县重阳节慰问通知", "writtenOn": "2024-10-01", "body": "走访慰问老同志，并介绍老年大学。" }
            ] } ] }
            """);
        return tenant;
    }

    /// <summary>Evicts the tenant so its index is closed, as after an idle period or on another node; returns the folder.</summary>
    private async Task<string> ReleaseIndexAsync(string tenant)
    {
        await fixture.Factory.Get<ShellHost>().EvictAsync(tenant);
        return fixture.Factory.Get<PolicyIndexer>().IndexPath(tenant);
    }
}

public sealed class SqlitePolicyIndexLifecycleTests(SqlitePolicies fixture) : PolicyIndexLifecycleTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresPolicyIndexLifecycleTests(PostgresPolicies fixture) : PolicyIndexLifecycleTests(fixture), IClassFixture<PostgresPolicies>;

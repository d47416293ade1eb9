using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Modules;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Persistence;
using Xunit;

namespace Portal.Web.Tests.Policies;

public abstract class PolicyPagesTests(PoliciesFixture fixture)
{
    [Fact]
    public async Task SearchPage_ShowsTheSearchBox_Results_AndTheirSource()
    {
        using var client = fixture.Factory.CreateBrowser();
        var response = await client.GetAsync($"/{fixture.County}/policies?q={Uri.EscapeDataString("重阳节")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("type=\"search\"", page, StringComparison.Ordinal);
        Assert.Contains(PolicyTestRecipes.CityTitle, page, StringComparison.Ordinal);
        Assert.Contains("来自 测试市老干部工作网", page, StringComparison.Ordinal);
        Assert.Contains("<mark>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentPage_OfARepealedDocument_ShowsTheBannerAndLinksTheReplacement()
    {
        var (oldId, newId) = await IdsAsync(fixture.Province, "p-2", "p-3");
        using var client = fixture.Factory.CreateBrowser();
        var response = await client.GetAsync($"/{fixture.County}/policies/{oldId}?from={fixture.Province}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("本文件已废止", page, StringComparison.Ordinal);
        Assert.Contains($"/policies/{newId}?from={fixture.Province}", page, StringComparison.Ordinal);
        Assert.Contains("本文件由 测试省老干部工作网 发布", page, StringComparison.Ordinal);
        Assert.Contains("id=\"policy-body\"", page, StringComparison.Ordinal);
        Assert.Contains("测老干发〔2015〕2号", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocumentPage_OfASibling_IsNotFound()
    {
        var (siblingId, _) = await IdsAsync(fixture.Sibling, "s-1", "s-1");
        using var client = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{fixture.County}/policies/{siblingId}?from={fixture.Sibling}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{fixture.Sibling}/policies/{siblingId}")).StatusCode);
    }

    [Fact]
    public async Task DocumentBody_IsSanitized()
    {
        var tenant = await fixture.NewCountyAsync("anshan");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "policies", "tenant": "{{tenant}}", "documents": [
              { "externalId": "x", "title": "安山县测试文件", "body": "## 一、要求\n\n正文<script>alert(1)</script><img src=x onerror=alert(2)>" } ] } ] }
            """);
        var (id, _) = await IdsAsync(tenant, "x", "x");
        using var client = fixture.Factory.CreateBrowser();
        var page = await client.GetStringAsync($"/{tenant}/policies/{id}");
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", page, StringComparison.Ordinal);
        Assert.Contains("一、要求", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminPages_RequireSignIn()
    {
        using var client = fixture.Factory.CreateBrowser();
        var response = await client.GetAsync($"/{fixture.County}/admin/policies");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisabledFeature_AnswersNotFound_ForPagesAndApi()
    {
        var tenant = await fixture.NewCountyAsync("guanbi");
        using var client = fixture.Factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{tenant}/policies")).StatusCode);

        await fixture.Factory.Get<FeatureManager>().DisableAsync(tenant, ["Portal.Policies"]);
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{tenant}/policies")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{tenant}/api/policies/search?q=x")).StatusCode);
        Assert.DoesNotContain("政策文件", await client.GetStringAsync($"/{tenant}/"), StringComparison.Ordinal);
    }

    private async Task<(long First, long Second)> IdsAsync(string tenant, string first, string second)
    {
        await using var scope = await fixture.ScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var ids = await db.Documents.AsNoTracking().Where(d => d.ExternalId == first || d.ExternalId == second)
            .ToDictionaryAsync(d => d.ExternalId!, d => d.Id);
        return (ids[first], ids[second]);
    }
}

public sealed class SqlitePolicyPagesTests(SqlitePolicies fixture) : PolicyPagesTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresPolicyPagesTests(PostgresPolicies fixture) : PolicyPagesTests(fixture), IClassFixture<PostgresPolicies>;

using System.Net;
using System.Text.Json;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Policies;

public abstract class PolicySearchApiTests(PoliciesFixture fixture)
{
    [Theory]
    [InlineData("东老干[2024]3号")]
    [InlineData("东老干（2024）3号")]
    [InlineData("东老干2024 3号")]
    [InlineData("东老干【2024】3号 全文")]
    public async Task Search_WhenQueryHasDocumentNumber_ReturnsThatDocumentFirst(string query)
    {
        using var client = fixture.Factory.CreateBrowser();
        var result = await PolicyApi.SearchAsync(client, fixture.County, PolicyApi.Q(query));
        var first = result.GetProperty("items")[0];
        Assert.Equal(PolicyTestRecipes.CountyTitle, first.GetProperty("title").GetString());
        Assert.Equal(PolicyTestRecipes.CountyNumber, first.GetProperty("docNumber").GetString());
        Assert.Equal("d-1", first.GetProperty("externalId").GetString());
        Assert.StartsWith($"/{fixture.County}/policies/", first.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_InCounty_CoversCityAndProvince_LabelledWithTheirSource_AndNeverTheSibling()
    {
        using var client = fixture.Factory.CreateBrowser();
        var result = await PolicyApi.SearchAsync(client, fixture.County, "size=50");
        var items = result.GetProperty("items").EnumerateArray().ToList();
        var titles = items.Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Contains(PolicyTestRecipes.CountyTitle, titles);
        Assert.Contains(PolicyTestRecipes.CityTitle, titles);
        Assert.Contains(PolicyTestRecipes.ProvinceTitle, titles);
        Assert.DoesNotContain(PolicyTestRecipes.SiblingTitle, titles);
        Assert.Equal(6, result.GetProperty("total").GetInt32());

        var city = items.Single(i => i.GetProperty("title").GetString() == PolicyTestRecipes.CityTitle);
        Assert.Equal("测试市老干部工作网", city.GetProperty("source").GetString());
        Assert.EndsWith($"?from={fixture.City}", city.GetProperty("url").GetString(), StringComparison.Ordinal);
        var own = items.Single(i => i.GetProperty("title").GetString() == PolicyTestRecipes.CountyTitle);
        Assert.Equal("东河县老干部工作网", own.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Search_InSibling_SeesItsOwnAndParents_ButNotTheCounty()
    {
        using var client = fixture.Factory.CreateBrowser();
        var titles = PolicyApi.Titles(await PolicyApi.SearchAsync(client, fixture.Sibling, "size=50"));
        Assert.Contains(PolicyTestRecipes.SiblingTitle, titles);
        Assert.Contains(PolicyTestRecipes.CityTitle, titles);
        Assert.DoesNotContain(PolicyTestRecipes.CountyTitle, titles);

        var city = PolicyApi.Titles(await PolicyApi.SearchAsync(client, fixture.City, "size=50"));
        Assert.DoesNotContain(PolicyTestRecipes.CountyTitle, city);
        Assert.DoesNotContain(PolicyTestRecipes.SiblingTitle, city);
    }

    [Fact]
    public async Task Search_WithSynonym_FindsTheOtherWord_AndHighlightsIt()
    {
        using var client = fixture.Factory.CreateBrowser();
        var result = await PolicyApi.SearchAsync(client, fixture.County, PolicyApi.Q("看病"));
        Assert.Contains(PolicyTestRecipes.ProvinceTitle, PolicyApi.Titles(result));
        Assert.Contains("<mark>", result.GetProperty("items")[0].GetProperty("snippet").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_CountsFacets_AndFiltersByThem()
    {
        using var client = fixture.Factory.CreateBrowser();
        var all = await PolicyApi.SearchAsync(client, fixture.County, "size=50");
        var levels = all.GetProperty("facets").GetProperty("level").EnumerateArray()
            .ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(3, levels["省"]);
        Assert.Equal(1, levels["市"]);
        Assert.Equal(2, levels["县"]);

        var repealed = await PolicyApi.SearchAsync(client, fixture.County, "validity=" + Uri.EscapeDataString("已废止"));
        Assert.Equal([PolicyTestRecipes.OldRulesTitle], PolicyApi.Titles(repealed));
        var year = await PolicyApi.SearchAsync(client, fixture.County, "year=2023");
        Assert.Equal([PolicyTestRecipes.CityTitle], PolicyApi.Titles(year));
    }

    [Fact]
    public async Task Search_RepealedDocument_SaysSoInResults()
    {
        using var client = fixture.Factory.CreateBrowser();
        var result = await PolicyApi.SearchAsync(client, fixture.County, PolicyApi.Q(PolicyTestRecipes.OldRulesTitle));
        var first = result.GetProperty("items")[0];
        Assert.Equal(PolicyTestRecipes.OldRulesTitle, first.GetProperty("title").GetString());
        Assert.Equal("已废止", first.GetProperty("validity").GetString());

        var page = await client.GetStringAsync($"/{fixture.County}/policies?q={Uri.EscapeDataString(PolicyTestRecipes.OldRulesTitle)}");
        Assert.Contains("本文件已废止", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("size=500", "size")]
    [InlineData("page=abc", "page")]
    [InlineData("year=20x4", "year")]
    [InlineData("sort=random", "sort")]
    public async Task Search_WithBadParameters_AnswersProblemJsonInChinese(string query, string parameter)
    {
        using var client = fixture.Factory.CreateBrowser();
        var response = await client.GetAsync($"/{fixture.County}/api/policies/search?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains(parameter, detail, StringComparison.Ordinal);
        Assert.Contains("应", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheSearchEndpoint()
    {
        using var client = fixture.Factory.CreateBrowser();
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/policies/search", document, StringComparison.Ordinal);
    }
}

public sealed class SqlitePolicySearchApiTests(SqlitePolicies fixture) : PolicySearchApiTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresPolicySearchApiTests(PostgresPolicies fixture) : PolicySearchApiTests(fixture), IClassFixture<PostgresPolicies>;

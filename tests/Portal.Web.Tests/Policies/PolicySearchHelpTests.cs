using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Features.SearchReport;
using Portal.Modules.Policies.Persistence;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Policies;

/// <summary>Suggestions while typing, 您是不是要找, the zero-result page and the weekly search counts.</summary>
public abstract class PolicySearchHelpTests(PoliciesFixture fixture)
{
    [Theory]
    [InlineData("老年大学", PolicyTestRecipes.CountyTitle)]
    [InlineData("重阳节 走访", PolicyTestRecipes.CityTitle)]
    [InlineData("测市老干二〇二三年十二号", PolicyTestRecipes.CityTitle)]
    public async Task Suggest_OffersTitlesOfTheSiteAndItsAncestors(string typed, string title)
    {
        using var client = fixture.Factory.CreateBrowser();
        var items = await SuggestAsync(client, fixture.County, typed);

        var item = Assert.Single(items, i => i.GetProperty("title").GetString() == title);
        Assert.StartsWith($"/{fixture.County}/policies/", item.GetProperty("url").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("老")]
    [InlineData("书画展览")]
    public async Task Suggest_OffersNothingForOneCharacter_OrForASiblingsDocument(string typed)
    {
        using var client = fixture.Factory.CreateBrowser();

        Assert.Empty(await SuggestAsync(client, fixture.County, typed));
    }

    [Fact]
    public async Task SearchPage_WithSoundAlikeTypo_SaysWhatItSearched_AndLinksTheExactSearch()
    {
        using var client = fixture.Factory.CreateBrowser();
        var html = await client.GetStringAsync($"/{fixture.County}/policies?q={Uri.EscapeDataString("东河县老年大学春季招生减章")}");

        Assert.Contains("您是不是要找", html, StringComparison.Ordinal);
        Assert.Contains("东河县老年大学春季招生简章", html, StringComparison.Ordinal);
        Assert.Contains("exact=1", html, StringComparison.Ordinal);

        var exact = await client.GetStringAsync($"/{fixture.County}/policies?q={Uri.EscapeDataString("东河县老年大学春季招生减章")}&exact=1");
        Assert.DoesNotContain("您是不是要找", exact, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_WithNoResult_OffersFewerWords_AndAWayToAskTheBureau()
    {
        using var client = fixture.Factory.CreateBrowser();
        var html = await client.GetStringAsync($"/{fixture.County}/policies?q={Uri.EscapeDataString("火星探测器 登月计划")}");

        Assert.Contains("没有找到与「火星探测器 登月计划」相关的文件", html, StringComparison.Ordinal);
        Assert.Contains("试试少输几个字", html, StringComparison.Ordinal);
        Assert.Contains("向东河县老干部工作网询问", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Searches_AreCountedPerWeek_WithZeroResults_AndWithoutPersonalNumbers()
    {
        var county = await fixture.NewCountyAsync("tongji");
        using var client = fixture.Factory.CreateBrowser();
        foreach (var query in new[] { "老同志 走访", "老同志  走访", "火星探测", "13812345678" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{county}/api/policies/search?q={Uri.EscapeDataString(query)}")).StatusCode);
        }

        await using var scope = await fixture.ScopeAsync(county);
        var shell = scope.ServiceProvider.GetRequiredService<TenantContext>().RequiredShell;
        var db = scope.ServiceProvider.GetRequiredService<SearchLogDbContext>();
        var week = SearchTermRecorder.WeekOf(DateTimeOffset.UtcNow);

        // The host's own flush task may run at the same moment; a conflicting insert puts the counts back for
        // the next round, so flush until everything is written.
        IReadOnlyList<Portal.Modules.Policies.Domain.SearchTermWeek> most = [];
        for (var round = 0; round < 40 && (most.Count == 0 || most[0].Searches < 2); round++)
        {
            try
            {
                await SearchTermFlushTask.FlushAsync(shell, db, CancellationToken.None);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // Busy while the host's task writes: its counts were put back; try again.
            }

            await Task.Delay(250);
            most = await SearchReportReader.MostSearchedAsync(db, week, 10, CancellationToken.None);
        }

        Assert.Equal(("老同志 走访", 2), (most[0].Query, most[0].Searches));
        var zero = Assert.Single(await SearchReportReader.ZeroResultAsync(db, week, 10, CancellationToken.None));
        Assert.Equal("火星探测", zero.Query);
        Assert.DoesNotContain(most, t => t.Query.Contains("1381", StringComparison.Ordinal));

        // The zero-result page lists what readers of this site search for (and find).
        var popular = await fixture.Factory.Get<SearchReportReader>().PopularAsync(shell, 8);
        Assert.Contains("老同志 走访", popular);
    }

    private static async Task<List<JsonElement>> SuggestAsync(HttpClient client, string tenant, string typed)
    {
        var response = await client.GetAsync($"/{tenant}/api/policies/suggest?q={Uri.EscapeDataString(typed)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList();
    }
}

public sealed class SqlitePolicySearchHelpTests(SqlitePolicies fixture) : PolicySearchHelpTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresPolicySearchHelpTests(PostgresPolicies fixture) : PolicySearchHelpTests(fixture), IClassFixture<PostgresPolicies>;

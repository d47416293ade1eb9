using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Portal.Modules.Content.Features.WriteContent;
using Xunit;

namespace Portal.Web.Tests.Content;

/// <summary>The column feed (RSS 2.0 that parses, payloads encoded) and the JSON API (published only, problem+json on bad input).</summary>
public abstract class ContentFeedAndApiTests<TFixture>(TFixture fixture) : ContentTestBase<TFixture>(fixture)
    where TFixture : ContentFixture
{
    [Fact]
    public async Task ColumnFeed_IsRss20_ThatParses_WithTheSharedNoticeAndNoDrafts()
    {
        var county = await Fixture.NewCountyAsync("dingyue");
        await SaveAsync(county, new ContentInput { Column = "notices", Kind = "notice", Title = "草稿：关于春节慰问的安排", Markdown = "尚未定稿。" });
        var response = await Fixture.Factory.CreateBrowser().GetAsync($"/{county}/columns/notices/feed.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", rss.Root?.Attribute("version")?.Value);
        var titles = rss.Descendants("item").Select(i => i.Element("title")?.Value).ToList();
        Assert.Contains(ContentTestRecipes.SharedNoticeTitle, titles);
        Assert.DoesNotContain("草稿：关于春节慰问的安排", titles);
        Assert.All(rss.Descendants("item"), i => Assert.StartsWith("http", i.Element("link")?.Value, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await Fixture.Factory.CreateBrowser().GetAsync($"/{county}/columns/no-such/feed.xml")).StatusCode);
    }

    [Fact]
    public async Task ColumnFeed_CarriesPayloadsAsText_AndStillParses()
    {
        var county = await Fixture.NewCountyAsync("dyxss");
        foreach (var payload in XssPayloads.All)
        {
            var item = await SaveAsync(county, new ContentInput { Column = "news", Title = "标题" + payload, Summary = payload, Markdown = payload });
            await PublishAsync(county, item);
        }

        var xml = await Fixture.Factory.CreateBrowser().GetStringAsync($"/{county}/columns/news/feed.xml");
        var rss = XDocument.Parse(xml);
        var items = rss.Descendants("item").ToList();
        Assert.Equal(20, items.Count); // the newest 20
        Assert.All(items, i => Assert.StartsWith("标题", i.Element("title")!.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("<script", xml, StringComparison.OrdinalIgnoreCase); // every payload is text inside the XML, escaped
    }

    [Fact]
    public async Task Api_ListsColumnsAndArticles_AndReadsOne_PublishedOnly()
    {
        var county = await Fixture.NewCountyAsync("jiekou");
        var draft = await SaveAsync(county, new ContentInput { Column = "news", Title = "未发布的稿子", Markdown = "草稿。" });
        var published = await PublishAsync(county, await SaveAsync(county, new ContentInput { Column = "news", Title = "县老干部活动中心改造完工", Markdown = "新增电梯和无障碍卫生间。", Source = "南湖县委老干部局" }));
        var browser = Fixture.Factory.CreateBrowser();

        using var columns = JsonDocument.Parse(await browser.GetStringAsync($"/{county}/api/content/columns"));
        Assert.Equal(["news", "notices"], columns.RootElement.EnumerateArray().Select(c => c.GetProperty("slug").GetString()));

        using var list = JsonDocument.Parse(await browser.GetStringAsync($"/{county}/api/content/articles?column=news"));
        var titles = list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.Contains("县老干部活动中心改造完工", titles);
        Assert.DoesNotContain("未发布的稿子", titles);

        using var one = JsonDocument.Parse(await browser.GetStringAsync($"/{county}/api/content/articles/{published.Id}"));
        Assert.Equal("县老干部活动中心改造完工", one.RootElement.GetProperty("title").GetString());
        Assert.Equal("南湖县委老干部局", one.RootElement.GetProperty("contentSource").GetString());
        Assert.Contains("<p>新增电梯和无障碍卫生间。</p>", one.RootElement.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$", one.RootElement.GetProperty("publishedAt").GetString());

        var hidden = await browser.GetAsync($"/{county}/api/content/articles/{draft.Id}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal("application/problem+json", hidden.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("articles", HttpStatusCode.BadRequest)]
    [InlineData("articles?column=news&page=0", HttpStatusCode.BadRequest)]
    [InlineData("articles?column=news&page=二", HttpStatusCode.BadRequest)]
    [InlineData("articles?column=no-such", HttpStatusCode.NotFound)]
    [InlineData("articles/abc", HttpStatusCode.BadRequest)]
    [InlineData("articles/99999999", HttpStatusCode.NotFound)]
    public async Task Api_BadInput_IsProblemJson_InChinese(string path, HttpStatusCode status)
    {
        var response = await Fixture.Factory.CreateBrowser().GetAsync($"/{Fixture.County}/api/content/{path}");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Matches("[\u4e00-\u9fff]", problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Api_SharedNotice_ReadFromTheProvince_OnlyWithItsSource()
    {
        var browser = Fixture.Factory.CreateBrowser();
        using var list = JsonDocument.Parse(await browser.GetStringAsync($"/{Fixture.County}/api/content/articles?column=notices"));
        var shared = list.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("title").GetString() == ContentTestRecipes.SharedNoticeTitle);
        Assert.Equal(Fixture.Province, shared.GetProperty("source").GetString());

        var id = shared.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/{Fixture.County}/api/content/articles/{id}?from={Fixture.Province}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{Fixture.Sibling}/api/content/articles/{id}?from={Fixture.Province}")).StatusCode); // the sibling lists no shared column
    }
}

public sealed class SqliteContentFeedAndApiTests(SqliteContent fixture) : ContentFeedAndApiTests<SqliteContent>(fixture);

public sealed class PostgresContentFeedAndApiTests(PostgresContent fixture) : ContentFeedAndApiTests<PostgresContent>(fixture);

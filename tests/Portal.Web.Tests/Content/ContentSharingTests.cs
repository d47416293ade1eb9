using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content.Features.Columns;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;
using Xunit;

namespace Portal.Web.Tests.Content;

/// <summary>A province's shared notice shown in a county's column without copying, labelled, hideable; siblings never meet.</summary>
public abstract class ContentSharingTests<TFixture>(TFixture fixture) : ContentTestBase<TFixture>(fixture)
    where TFixture : ContentFixture
{
    [Fact]
    public async Task CountyColumn_ListsTheProvincesSharedNotice_WithItsSource_AndOpensItFromTheProvince()
    {
        var browser = Fixture.Factory.CreateBrowser();
        var column = await browser.GetStringAsync($"/{Fixture.County}/columns/notices");

        Assert.Contains(ContentTestRecipes.SharedNoticeTitle, column, StringComparison.Ordinal);
        Assert.Contains("来源：测试省老干部工作网", column, StringComparison.Ordinal);
        Assert.DoesNotContain(ContentTestRecipes.ProvinceOnlyTitle, column, StringComparison.Ordinal); // not shared down
        var link = System.Text.RegularExpressions.Regex.Match(column, $"href=\"(/{Fixture.County}/articles/\\d+\\?from={Fixture.Province})\"").Groups[1].Value;
        Assert.NotEmpty(link);

        var article = await browser.GetStringAsync(link.Replace("&amp;", "&", StringComparison.Ordinal));
        Assert.Contains("本文由 测试省老干部工作网 发布", article, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"ColumnName\" content=\"通知公告\">", article, StringComparison.Ordinal);
        Assert.Contains("2026-10-08 09:30", article, StringComparison.Ordinal);

        await using var scope = await Fixture.ScopeAsync(Fixture.County);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Items.CountAsync(i => i.Title == ContentTestRecipes.SharedNoticeTitle));
    }

    [Fact]
    public async Task SiblingsItems_NeverShowOnTheCounty_NotEvenWhenAskedForByName()
    {
        var browser = Fixture.Factory.CreateBrowser();
        await using (var scope = await Fixture.ScopeAsync(Fixture.Sibling))
        {
            var siblingItem = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Items.FirstAsync(i => i.Title == ContentTestRecipes.SiblingNewsTitle);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{Fixture.County}/articles/{siblingItem.Id}?from={Fixture.Sibling}")).StatusCode);
            Assert.Contains(ContentTestRecipes.SiblingNewsTitle, await browser.GetStringAsync($"/{Fixture.Sibling}/articles/{siblingItem.Id}"), StringComparison.Ordinal);
        }

        foreach (var path in new[] { "", "columns/news", "columns/notices" })
        {
            Assert.DoesNotContain(ContentTestRecipes.SiblingNewsTitle, await browser.GetStringAsync($"/{Fixture.County}/{path}"), StringComparison.Ordinal);
        }

        await using var county = await Fixture.ScopeAsync(Fixture.County);
        var refused = await Assert.ThrowsAsync<ContentException>(() => county.ServiceProvider.GetRequiredService<ColumnWriter>()
            .SaveAsync(new ColumnInput { Slug = "neighbours", Name = "兄弟县区", Sources = $"{Fixture.Sibling}/news" }, "bianji"));
        Assert.Contains("不是本站的上级站点", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountyHidesASharedNotice_ItLeavesThatCountyOnly_AndComesBackWhenShownAgain()
    {
        var county = await Fixture.NewCountyAsync("yincang");
        var other = await Fixture.NewCountyAsync("buyin");
        var browser = Fixture.Factory.CreateBrowser();
        Assert.Contains(ContentTestRecipes.SharedNoticeTitle, await browser.GetStringAsync($"/{county}/columns/notices"), StringComparison.Ordinal);
        long id;
        await using (var province = await Fixture.ScopeAsync(Fixture.Province))
        {
            id = (await province.ServiceProvider.GetRequiredService<ContentDbContext>().Items.FirstAsync(i => i.Title == ContentTestRecipes.SharedNoticeTitle)).Id;
        }

        await SetHiddenAsync(county, id, true);
        var hiddenColumn = await browser.GetAsync($"/{county}/columns/notices"); // 404 when it was the column's only item
        Assert.DoesNotContain(ContentTestRecipes.SharedNoticeTitle, await hiddenColumn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{county}/articles/{id}?from={Fixture.Province}")).StatusCode);
        Assert.Contains(ContentTestRecipes.SharedNoticeTitle, await browser.GetStringAsync($"/{other}/columns/notices"), StringComparison.Ordinal);

        await SetHiddenAsync(county, id, false);
        Assert.Contains(ContentTestRecipes.SharedNoticeTitle, await browser.GetStringAsync($"/{county}/columns/notices"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvincePublishesAndEditsASharedNotice_TheCountysCachedColumnShowsEachChangeOnTheNextRequest()
    {
        var county = await Fixture.NewCountyAsync("gengxin");
        var browser = Fixture.Factory.CreateBrowser();
        Assert.DoesNotContain("冬季开放时间", await browser.GetStringAsync($"/{county}/columns/notices"), StringComparison.Ordinal);

        var item = await WithWriterAsync(Fixture.Province, w => w.SaveAsync(new ContentInput
        {
            Column = "notices", Kind = "notice", Title = "测试省老干部活动中心冬季开放时间的通知", Markdown = "冬季开放时间为九点至十七点。", SharedDown = true,
        }, "省局编辑"));
        await WithWriterAsync(Fixture.Province, w => w.PublishAsync(item.Id, item.Version, "省局编辑", null));
        Assert.Contains("冬季开放时间的通知", await browser.GetStringAsync($"/{county}/columns/notices"), StringComparison.Ordinal);

        item = await FindAsync(Fixture.Province, item.Id);
        var edited = await WithWriterAsync(Fixture.Province, w => w.SaveAsync(new ContentInput
        {
            Id = item.Id, Version = item.Version, Column = "notices", Kind = "notice", Title = "测试省老干部活动中心冬季开放时间调整的通知", Markdown = "调整为九点半至十六点半。", SharedDown = true,
        }, "省局编辑"));
        await WithWriterAsync(Fixture.Province, w => w.PublishAsync(edited.Id, edited.Version, "省局编辑", null));
        Assert.Contains("冬季开放时间调整的通知", await browser.GetStringAsync($"/{county}/columns/notices"), StringComparison.Ordinal);
    }

    private async Task SetHiddenAsync(string county, long id, bool hidden)
    {
        await using var scope = await Fixture.ScopeAsync(county);
        await scope.ServiceProvider.GetRequiredService<ColumnWriter>().SetHiddenAsync(Fixture.Province, id, hidden, "bianji");
    }
}

public sealed class SqliteContentSharingTests(SqliteContent fixture) : ContentSharingTests<SqliteContent>(fixture);

public sealed class PostgresContentSharingTests(PostgresContent fixture) : ContentSharingTests<PostgresContent>(fixture);

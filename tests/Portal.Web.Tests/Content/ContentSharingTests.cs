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
        var link = System.Text.RegularExpressions.Regex.Match(column, $"href=\"(/{Fixture.County}/articles/\\d+\\?from={Fixture.Province})\">[^<]*(<[^>]+>[^<]*</span>)?{ContentTestRecipes.SharedNoticeTitle}").Groups[1].Value;
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

    [Fact]
    public async Task SharedNoticesAttachment_IsServedFromTheProvince_OnTheCountysPage_AndACoverMustBeAnImage()
    {
        long fileId;
        await using (var province = await Fixture.ScopeAsync(Fixture.Province))
        {
            var media = province.ServiceProvider.GetRequiredService<Portal.Modules.Media.Contracts.IMediaFiles>();
            var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
            fileId = (await media.AddAsync("报名表.pdf", new MemoryStream(System.Text.Encoding.ASCII.GetBytes(pdf)), null, CancellationToken.None)).Id;
            var writer = province.ServiceProvider.GetRequiredService<ContentWriter>();
            var refused = await Assert.ThrowsAsync<ContentException>(() => writer.SaveAsync(new ContentInput { Column = "notices", Title = "封面不是图片", Markdown = "x", CoverMediaId = fileId }, "省局编辑"));
            Assert.Contains("不是本站媒体库中的图片", refused.Message, StringComparison.Ordinal);
            var missing = await Assert.ThrowsAsync<ContentException>(() => writer.SaveAsync(new ContentInput { Column = "notices", Title = "附件不存在", Markdown = "x", AttachmentIds = "987654" }, "省局编辑"));
            Assert.Contains("987654", missing.Message, StringComparison.Ordinal);
            var item = await writer.SaveAsync(new ContentInput
            {
                Column = "notices", Kind = "notice", Title = "测试省老年大学网上报名的通知", Markdown = "报名表见附件。", SharedDown = true, AttachmentIds = fileId.ToString(),
            }, "省局编辑");
            await writer.PublishAsync(item.Id, item.Version, "省局编辑", null);
        }

        var browser = Fixture.Factory.CreateBrowser();
        var column = await browser.GetStringAsync($"/{Fixture.County}/columns/notices");
        var href = System.Text.RegularExpressions.Regex.Match(column, "href=\"([^\"]+)\">测试省老年大学网上报名的通知").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        var article = await browser.GetStringAsync(href);
        var link = System.Text.RegularExpressions.Regex.Match(article, "<a href=\"([^\"]+)\">报名表.pdf</a>").Groups[1].Value;
        Assert.StartsWith($"/{Fixture.Province}/files/{fileId}/", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(link)).StatusCode);
    }

    private async Task SetHiddenAsync(string county, long id, bool hidden)
    {
        await using var scope = await Fixture.ScopeAsync(county);
        await scope.ServiceProvider.GetRequiredService<ColumnWriter>().SetHiddenAsync(Fixture.Province, id, hidden, "bianji");
    }
}

public sealed class SqliteContentSharingTests(SqliteContent fixture) : ContentSharingTests<SqliteContent>(fixture);

public sealed class PostgresContentSharingTests(PostgresContent fixture) : ContentSharingTests<PostgresContent>(fixture);

using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Events;
using Portal.Modules.Content.Contracts;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;
using Xunit;

namespace Portal.Web.Tests.Content;

/// <summary>Drafts, publishing, a new draft beside the published version, concurrency, restore, events and eviction.</summary>
public abstract class ContentPublishingTests<TFixture>(TFixture fixture) : ContentTestBase<TFixture>(fixture)
    where TFixture : ContentFixture
{
    [Fact]
    public async Task Draft_IsNotPublic_UntilPublished_ThenShowsOnColumnArticleAndHome()
    {
        var county = await Fixture.NewCountyAsync("caogao");
        var item = await SaveAsync(county, new ContentInput { Column = "news", Title = "南湖县召开离退休干部情况通报会", Markdown = "通报了全县经济社会发展情况。" });
        var browser = Fixture.Factory.CreateBrowser();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{county}/articles/{item.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{county}/columns/news")).StatusCode); // an empty column is hidden
        Assert.DoesNotContain("情况通报会", await browser.GetStringAsync($"/{county}/"), StringComparison.Ordinal);

        await WithWriterAsync(county, w => w.PublishAsync(item.Id, item.Version, "bianji", null));

        var article = await browser.GetStringAsync($"/{county}/articles/{item.Id}");
        Assert.Contains("南湖县召开离退休干部情况通报会", article, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"ArticleTitle\" content=\"南湖县召开离退休干部情况通报会\">", article, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"ColumnName\" content=\"新闻动态\">", article, StringComparison.Ordinal);
        Assert.Matches("<meta name=\"PubDate\" content=\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\">", article);
        Assert.Contains("情况通报会", await browser.GetStringAsync($"/{county}/columns/news"), StringComparison.Ordinal);
        var home = await browser.GetStringAsync($"/{county}/");
        Assert.Contains("情况通报会", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{county}/columns/news\"", home, StringComparison.Ordinal); // in the menu now it has an item
    }

    [Fact]
    public async Task NewDraftBesidePublished_KeepsThePublishedTextPublic_AndAnEditShowsOnTheNextRequest()
    {
        var county = await Fixture.NewCountyAsync("xinban");
        var item = await SaveAsync(county, new ContentInput { Column = "news", Title = "老干部合唱团排练迎新年", Markdown = "第一版正文：合唱团每周二排练。" });
        item = await PublishAsync(county, item);
        var browser = Fixture.Factory.CreateBrowser();
        Assert.Contains("第一版正文", await browser.GetStringAsync($"/{county}/articles/{item.Id}"), StringComparison.Ordinal);

        var draft = await EditAsync(county, item, "第二版正文：合唱团改为每周二、周四排练。");
        Assert.Contains("第一版正文", await browser.GetStringAsync($"/{county}/articles/{item.Id}"), StringComparison.Ordinal);

        await WithWriterAsync(county, w => w.PublishAsync(draft.Id, draft.Version, "bianji", null));
        var after = await browser.GetStringAsync($"/{county}/articles/{item.Id}");
        Assert.Contains("第二版正文", after, StringComparison.Ordinal);
        Assert.DoesNotContain("第一版正文", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoEditorsFromTheSameVersion_TheSecondIsRefused_AndNothingIsOverwritten()
    {
        var county = await Fixture.NewCountyAsync("bingfa");
        var item = await SaveAsync(county, new ContentInput { Column = "news", Title = "老年大学秋季开学", Markdown = "原文。" });
        var first = Input(item, "周晓梅改的正文。");
        var second = Input(item, "孙志刚改的正文。");

        await WithWriterAsync(county, w => w.SaveAsync(first, "bianji"));
        var refused = await Assert.ThrowsAsync<ContentException>(() => WithWriterAsync(county, w => w.SaveAsync(second, "shenhe2")));

        Assert.Contains("刚被其他人修改过", refused.Message, StringComparison.Ordinal);
        await using var scope = await Fixture.ScopeAsync(county);
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var latest = await db.Revisions.Where(r => r.ItemId == item.Id).OrderByDescending(r => r.Number).FirstAsync();
        Assert.Equal("周晓梅改的正文。", latest.Markdown);
    }

    [Fact]
    public async Task Restore_MakesAnOldVersionTheNewestDraft_WithoutPublishingIt()
    {
        var county = await Fixture.NewCountyAsync("huifu");
        var item = await SaveAsync(county, new ContentInput { Column = "news", Title = "健步走活动", Markdown = "第一稿。" });
        item = await PublishAsync(county, item);
        item = await EditAsync(county, item, "第二稿，写错了。");

        await WithWriterAsync(county, w => w.RestoreAsync(item.Id, item.Version, 1, "bianji"));

        await using var scope = await Fixture.ScopeAsync(county);
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var stored = await db.Items.AsNoTracking().FirstAsync(i => i.Id == item.Id);
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.ItemId == item.Id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal([1, 2, 3], revisions.Select(r => r.Number));
        Assert.Equal("第一稿。", revisions[2].Markdown);
        Assert.Equal("恢复自第 1 版", revisions[2].Note);
        Assert.Equal(3, stored.LatestNumber);
        Assert.Equal(1, stored.PublishedNumber);
    }

    [Fact]
    public async Task PublishAndUnpublish_RaiseEvents_WithTheItemsId()
    {
        var county = await Fixture.NewCountyAsync("shijian");
        var item = await SaveAsync(county, new ContentInput { Column = "news", Title = "门球比赛圆满结束", Markdown = "共有十二支队伍参赛。" });
        item = await PublishAsync(county, item);
        await WithWriterAsync(county, w => w.UnpublishAsync(item.Id, item.Version, "bianji"));

        await using var scope = await Fixture.ScopeAsync(county);
        var log = scope.ServiceProvider.GetRequiredService<EventLog>();
        var events = await log.ReadAsync([EventLog.NameOf<ContentPublished>(), EventLog.NameOf<ContentUnpublished>()], 0, long.MaxValue, 10);
        Assert.Equal([EventLog.NameOf<ContentPublished>(), EventLog.NameOf<ContentUnpublished>()], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Contains($"\"itemId\":{item.Id}", e.Payload, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.NotFound, (await Fixture.Factory.CreateBrowser().GetAsync($"/{county}/articles/{item.Id}")).StatusCode);
    }

    [Fact]
    public async Task EditorPage_SavesAndPublishes_ThroughTheForm()
    {
        var county = await Fixture.NewCountyAsync("biaodan");
        var editor = await Fixture.SignInAsync(county, "bianji");
        var saved = await Security.Browser.PostFormAsync(editor, $"/{county}/admin/content/edit?handler=Publish", new Dictionary<string, string>
        {
            ["Input.Column"] = "news", ["Input.Kind"] = "article", ["Input.Title"] = "县委老干部局开展“银龄课堂”进社区活动",
            ["Input.Markdown"] = "讲解防范电信诈骗知识。", ["Input.Source"] = "南湖县委老干部局",
        }, $"/{county}/admin/content/edit");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var edit = await editor.GetStringAsync(saved.Headers.Location!.ToString());
        Assert.Contains("已发布，读者现在就能看到。", edit, StringComparison.Ordinal);
        Assert.Contains("银龄课堂", await Fixture.Factory.CreateBrowser().GetStringAsync($"/{county}/columns/news"), StringComparison.Ordinal);
    }
}

public sealed class SqliteContentPublishingTests(SqliteContent fixture) : ContentPublishingTests<SqliteContent>(fixture);

public sealed class PostgresContentPublishingTests(PostgresContent fixture) : ContentPublishingTests<PostgresContent>(fixture);

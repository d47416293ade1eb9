using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Events;
using Portal.Core.Hosting;
using Portal.Modules.Content.Contracts;
using Portal.Modules.Content.Domain;
using Portal.Modules.Content.Features.WriteContent;
using Portal.Modules.Content.Persistence;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Content;

/// <summary>The review step of a column (编辑 submits, another person approves or returns) and 定时发布/撤回 on a manual clock.</summary>
public abstract class ContentReviewAndScheduleTests<TFixture>(TFixture fixture) : ContentTestBase<TFixture>(fixture)
    where TFixture : ContentFixture
{
    [Fact]
    public async Task ReviewColumn_RefusesDirectPublishing_ThenSubmitReturnResubmitApprove()
    {
        var county = await Fixture.NewCountyAsync("shenhe");
        var item = await SaveAsync(county, new ContentInput { Column = "notices", Kind = "notice", Title = "关于领取2026年冬季取暖补贴的通知", Markdown = "请于12月20日前到单位领取。" });

        var direct = await Assert.ThrowsAsync<ContentException>(() => WithWriterAsync(county, w => w.PublishAsync(item.Id, item.Version, "bianji", null)));
        Assert.Contains("发布前需要审核", direct.Message, StringComparison.Ordinal);

        await WithWriterAsync(county, w => w.SubmitAsync(item.Id, item.Version, "bianji", null));
        item = await FindAsync(county, item.Id);
        var noComment = await Assert.ThrowsAsync<ContentException>(() => WithWriterAsync(county, w => w.ReturnAsync(item.Id, item.Version, "shenhe", "  ")));
        Assert.Contains("写明需要修改的地方", noComment.Message, StringComparison.Ordinal);
        await WithWriterAsync(county, w => w.ReturnAsync(item.Id, item.Version, "shenhe", "领取地点请写清楚。"));
        item = await FindAsync(county, item.Id);
        Assert.Equal(ReviewState.Returned, item.Review);
        Assert.Equal("领取地点请写清楚。", item.ReviewComment);

        item = await EditAsync(county, item, "请于12月20日前到县委老干部局一楼服务大厅领取。");
        await WithWriterAsync(county, w => w.SubmitAsync(item.Id, item.Version, "bianji", null));
        item = await FindAsync(county, item.Id);
        var own = await Assert.ThrowsAsync<ContentException>(() => WithWriterAsync(county, w => w.ApproveAsync(item.Id, item.Version, "bianji")));
        Assert.Contains("不能审核自己提交的内容", own.Message, StringComparison.Ordinal);

        Assert.Equal(PublishOutcome.Published, await WithWriterAsync(county, w => w.ApproveAsync(item.Id, item.Version, "shenhe")));
        var page = await Fixture.Factory.CreateBrowser().GetStringAsync($"/{county}/articles/{item.Id}");
        Assert.Contains("一楼服务大厅", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditAfterSubmittingWithATime_IsNotPublishedByTheScheduler_WithoutAReview()
    {
        var county = await Fixture.NewCountyAsync("raoguo");
        var now = Portal.Core.ChinaTime.FromUtc(Fixture.Clock.GetUtcNow().UtcDateTime);
        var item = await SaveAsync(county, new ContentInput { Column = "notices", Kind = "notice", Title = "关于春节走访的安排", Markdown = "初稿。" });
        await WithWriterAsync(county, w => w.SubmitAsync(item.Id, item.Version, "bianji", now.AddHours(1)));
        item = await EditAsync(county, await FindAsync(county, item.Id), "未经审核的改稿。");

        Fixture.Clock.Advance(TimeSpan.FromHours(2));
        await WithWriterAsync(county, w => w.RunDueAsync());

        var stored = await FindAsync(county, item.Id);
        Assert.False(stored.IsPublished);
        Assert.Null(stored.PublishAtUtc);
    }

    [Fact]
    public async Task ReviewPage_ApprovesThroughTheForm_AndAnEditorCannotOpenIt()
    {
        var county = await Fixture.NewCountyAsync("shenheye");
        var item = await SaveAsync(county, new ContentInput { Column = "notices", Kind = "notice", Title = "关于组织老同志体检的通知", Markdown = "体检时间另行通知。" });
        await WithWriterAsync(county, w => w.SubmitAsync(item.Id, item.Version, "bianji", null));
        item = await FindAsync(county, item.Id);

        var editor = await Fixture.SignInAsync(county, "bianji");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync($"/{county}/admin/content/review")).StatusCode);

        var reviewer = await Fixture.SignInAsync(county, "shenhe");
        Assert.Contains("关于组织老同志体检的通知", await reviewer.GetStringAsync($"/{county}/admin/content/review"), StringComparison.Ordinal);
        var approved = await Browser.PostFormAsync(reviewer, $"/{county}/admin/content/review?handler=Approve",
            new Dictionary<string, string> { ["id"] = item.Id.ToString(), ["version"] = item.Version.ToString() }, $"/{county}/admin/content/review");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.True((await FindAsync(county, item.Id)).IsPublished);
    }

    [Fact]
    public async Task ScheduledPublishAndUnpublish_HappenWhenTheClockPassesTheirTimes_Once()
    {
        var county = await Fixture.NewCountyAsync("dingshi");
        var now = Portal.Core.ChinaTime.FromUtc(Fixture.Clock.GetUtcNow().UtcDateTime);
        var item = await SaveAsync(county, new ContentInput
        {
            Column = "news", Title = "重阳节文艺汇演预告", Markdown = "汇演在县文化馆举行。", UnpublishAt = now.AddDays(3),
        });
        Assert.Equal(PublishOutcome.Scheduled, await WithWriterAsync(county, w => w.PublishAsync(item.Id, item.Version, "bianji", now.AddHours(2))));
        var browser = Fixture.Factory.CreateBrowser();
        Assert.Equal(0, await WithWriterAsync(county, w => w.RunDueAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{county}/articles/{item.Id}")).StatusCode);

        // The host's own scheduler runs too (every 30 s, on the same clock): whichever gets there first, it happens once.
        Fixture.Clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        await WithWriterAsync(county, w => w.RunDueAsync());
        Assert.Equal(0, await WithWriterAsync(county, w => w.RunDueAsync()));
        Assert.Equal(1, await EventsAsync(county, item.Id, EventLog.NameOf<ContentPublished>()));
        var page = await browser.GetStringAsync($"/{county}/articles/{item.Id}");
        Assert.Contains(now.AddHours(2).ToString("yyyy-MM-dd HH:mm"), page, StringComparison.Ordinal); // shown at its scheduled time

        Fixture.Clock.Advance(TimeSpan.FromDays(3));
        await WithWriterAsync(county, w => w.RunDueAsync());
        Assert.Equal(1, await EventsAsync(county, item.Id, EventLog.NameOf<ContentUnpublished>()));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/{county}/articles/{item.Id}")).StatusCode);
        await using var scope = await Fixture.ScopeAsync(county);
        var stored = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Items.AsNoTracking().FirstAsync(i => i.Id == item.Id);
        Assert.Null(stored.PublishedNumber);
        Assert.Null(stored.UnpublishAtUtc);
    }

    [Fact]
    public async Task ExpiredNotice_LeavesTheHomePage_ButStaysInItsColumnMarked()
    {
        var county = await Fixture.NewCountyAsync("guoqi");
        var today = Portal.Core.ChinaTime.Today(Fixture.Clock);
        var item = await SaveAsync(county, new ContentInput { Column = "news", Kind = "notice", Title = "关于报名参加门球友谊赛的通知", Markdown = "报名截止后不再受理。", ValidUntil = today.AddDays(1) });
        await PublishAsync(county, item);
        await RunSchedulerAsync(county);
        Assert.Contains("门球友谊赛", await Fixture.Factory.CreateBrowser().GetStringAsync($"/{county}/"), StringComparison.Ordinal);

        Fixture.Clock.Advance(TimeSpan.FromDays(2));
        await RunSchedulerAsync(county); // nothing due, but a new day: the site's cached pages are dropped
        var browser = Fixture.Factory.CreateBrowser();
        Assert.DoesNotContain("门球友谊赛", await browser.GetStringAsync($"/{county}/"), StringComparison.Ordinal);
        var column = await browser.GetStringAsync($"/{county}/columns/news?page=1");
        Assert.Contains("门球友谊赛", column, StringComparison.Ordinal);
        Assert.Contains("已过期", column, StringComparison.Ordinal);
    }

    private async Task<int> EventsAsync(string county, long itemId, string type)
    {
        await using var scope = await Fixture.ScopeAsync(county);
        var events = await scope.ServiceProvider.GetRequiredService<EventLog>().ReadAsync([type], 0, long.MaxValue, 100);
        return events.Count(e => e.Payload.Contains($"\"itemId\":{itemId},", StringComparison.OrdinalIgnoreCase));
    }

    private async Task RunSchedulerAsync(string county)
    {
        var task = Fixture.Factory.Services.GetServices<ITenantBackgroundTask>().OfType<ScheduledPublishingTask>().Single();
        await using var scope = await Fixture.ScopeAsync(county);
        await task.RunAsync(scope.ServiceProvider, CancellationToken.None);
    }
}

public sealed class SqliteContentReviewAndScheduleTests(SqliteContent fixture) : ContentReviewAndScheduleTests<SqliteContent>(fixture);

public sealed class PostgresContentReviewAndScheduleTests(PostgresContent fixture) : ContentReviewAndScheduleTests<PostgresContent>(fixture);

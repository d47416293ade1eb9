using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Events;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.WritePolicies;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Events;

/// <summary>The outbox and the dispatcher, with the policy library as the publishing module.</summary>
public abstract class EventDispatchTests(EventsFixture fixture)
{
    [Fact]
    public async Task Publish_WhenTheWriteCommits_DeliversEachEventOnceInOrder()
    {
        var first = await SaveAsync("东河县关于春节走访慰问离休干部的通知");
        var second = await SaveAsync("东河县老年大学秋季招生简章");

        await DispatchAsync();
        await DispatchAsync();

        var seen = fixture.Logbook.Of<PolicyDocumentChanged>(fixture.County).Where(e => e.DocumentId == first.Id || e.DocumentId == second.Id).ToList();
        Assert.Equal([first.Id, second.Id], seen.Select(e => e.DocumentId));
        Assert.Equal("东河县关于春节走访慰问离休干部的通知", seen[0].Title);
        var contexts = fixture.Logbook.Seen.Where(s => s.Event is PolicyDocumentChanged e && (e.DocumentId == first.Id || e.DocumentId == second.Id)).Select(s => s.Context).ToList();
        Assert.True(contexts[0].Sequence < contexts[1].Sequence);
        Assert.All(contexts, c => Assert.Equal(fixture.County, c.SourceTenant));
    }

    [Fact]
    public async Task Publish_WhenTheWriteIsRefused_LeavesNothingInTheOutbox()
    {
        var document = await SaveAsync("东河县离退休干部健康体检安排");
        var before = await OutboxCountAsync();
        await using var scope = await ScopeAsync();
        var editor = scope.ServiceProvider.GetRequiredService<PolicyWriter>();
        var stale = PolicyInput.From(document);
        stale.Version--;
        stale.Title = "东河县离退休干部健康体检安排（修订）";

        await Assert.ThrowsAsync<PortalException>(() => editor.SaveAsync(stale, "编辑甲"));

        Assert.Equal(before, await OutboxCountAsync());
    }

    [Fact]
    public async Task FailingSubscriber_IsRetriedWithGrowingDelays_ThenParked_AndOthersGoOn()
    {
        const string title = "东河县老干部活动中心冬季开放时间调整的通知";
        fixture.Logbook.FailuresLeft[title] = 100;
        var failing = await SaveAsync(title);
        await DispatchAsync();
        Assert.Equal(1, (await FailureAsync(failing.Id))!.Attempts);

        await DispatchAsync(); // the first retry is due after one minute, not before
        Assert.Equal(1, (await FailureAsync(failing.Id))!.Attempts);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();
        Assert.Equal(2, (await FailureAsync(failing.Id))!.Attempts);
        fixture.Clock.Advance(TimeSpan.FromMinutes(1)); // the second waits two minutes
        await DispatchAsync();
        Assert.Equal(2, (await FailureAsync(failing.Id))!.Attempts);
        var later = await SaveAsync("东河县关于做好老同志冬季防寒保暖工作的提醒");
        fixture.Clock.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();

        var parked = (await FailureAsync(failing.Id))!;
        Assert.True(parked.Parked);
        Assert.Equal(3, parked.Attempts);
        Assert.Contains("统计服务暂时不可用", parked.LastError, StringComparison.Ordinal);
        Assert.Contains(fixture.Logbook.Of<PolicyDocumentChanged>(fixture.County), e => e.DocumentId == later.Id);
        Assert.DoesNotContain(fixture.Logbook.Of<PolicyDocumentChanged>(fixture.County), e => e.DocumentId == failing.Id);
    }

    [Fact]
    public async Task ParkedEvent_RetriedBySystemAdministratorOnTheAdminPage_IsDeliveredAndAudited()
    {
        const string title = "东河县关于调整离休干部护理费标准的通知";
        fixture.Logbook.FailuresLeft[title] = 3;
        var document = await SaveAsync(title);
        for (var i = 0; i < 3; i++)
        {
            await DispatchAsync();
            fixture.Clock.Advance(TimeSpan.FromMinutes(10));
        }

        var parked = (await FailureAsync(document.Id))!;
        Assert.True(parked.Parked);
        using var admin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "admin", "Donghe2024admin");
        var page = await admin.GetStringAsync($"/{fixture.County}/admin/events");
        Assert.Contains("已暂停，等待处理", page, StringComparison.Ordinal);

        await Browser.PostFormAsync(admin, $"/{fixture.County}/admin/events?handler=Retry", new() { ["handler"] = parked.Handler, ["sequence"] = parked.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/{fixture.County}/admin/events");

        Assert.Null(await FailureAsync(document.Id));
        Assert.Contains(fixture.Logbook.Of<PolicyDocumentChanged>(fixture.County), e => e.DocumentId == document.Id);
        await using var scope = await ScopeAsync();
        var audit = scope.ServiceProvider.GetRequiredService<Portal.Modules.Audit.Persistence.AuditDbContext>();
        Assert.True(await audit.Records.AnyAsync(e => e.Action == Portal.Core.Security.AuditActions.EventRetry && e.Target.Contains(parked.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task ParentBoundEvent_IsHandledInTheParentSite_WithTheChildAsSource()
    {
        var document = await SaveAsync("东河县老干部志愿服务队章程");
        await using (var scope = await ScopeAsync())
        {
            await scope.ServiceProvider.GetRequiredService<PolicyWriter>().SetStatusAsync(document.Id, document.Version, PolicyStatus.Published, "编辑甲");
        }

        await DispatchAsync();

        var counted = fixture.Logbook.Seen.Where(s => s.Event is PolicyLibraryCounted && s.Context.SourceTenant == fixture.County).ToList();
        Assert.NotEmpty(counted);
        Assert.All(counted, s => Assert.Equal(fixture.City, s.Tenant));
        Assert.DoesNotContain(fixture.Logbook.Seen, s => s.Event is PolicyLibraryCounted && s.Tenant == fixture.County);
    }

    [Fact]
    public async Task DispatchRound_WhileAnotherNodeHoldsTheClusterLock_DeliversNothing()
    {
        var document = await SaveAsync("东河县关于开展老干部读书活动的通知");
        var dispatcher = fixture.Factory.Get<EventDispatcher>();
        await using (await fixture.Factory.Get<Portal.Core.Cluster.IClusterLock>().TryAcquireAsync(EventDispatcher.RoundLock))
        {
            Assert.False(await dispatcher.DispatchActiveAsync());
            Assert.DoesNotContain(fixture.Logbook.Of<PolicyDocumentChanged>(fixture.County), e => e.DocumentId == document.Id);
        }

        Assert.True(await dispatcher.DispatchActiveAsync());
        Assert.Contains(fixture.Logbook.Of<PolicyDocumentChanged>(fixture.County), e => e.DocumentId == document.Id);
    }

    private Task<AsyncServiceScope> ScopeAsync() => fixture.Factory.Get<TenantScopeFactory>().CreateAsync(fixture.County);

    private async Task<PolicyDocument> SaveAsync(string title)
    {
        await using var scope = await ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<PolicyWriter>().SaveAsync(new PolicyInput { Title = title, Body = "正文：" + title }, "编辑甲");
    }

    private async Task DispatchAsync()
    {
        var shell = await fixture.Factory.Get<ShellHost>().GetAsync((await fixture.Factory.Get<TenantStore>().FindAsync(fixture.County))!);
        await fixture.Factory.Get<EventDispatcher>().DispatchAsync(shell);
    }

    private async Task<int> OutboxCountAsync()
    {
        await using var scope = await ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Events.CountAsync();
    }

    private async Task<ParkedEvent?> FailureAsync(long documentId)
    {
        await using var scope = await ScopeAsync();
        var events = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
        var ids = await events.Events.Where(e => e.Type == "policies.document-changed").ToListAsync();
        var sequences = ids.Where(e => e.Payload.Contains($"\"documentId\":{documentId},", StringComparison.Ordinal)).Select(e => e.Sequence).ToHashSet();
        var failures = await scope.ServiceProvider.GetRequiredService<IEventFailures>().ListAsync();
        return failures.FirstOrDefault(f => f.Handler == "test.recording" && sequences.Contains(f.Sequence));
    }
}

public sealed class SqliteEventDispatchTests(SqliteEvents fixture) : EventDispatchTests(fixture), IClassFixture<SqliteEvents>;

public sealed class PostgresEventDispatchTests(PostgresEvents fixture) : EventDispatchTests(fixture), IClassFixture<PostgresEvents>;

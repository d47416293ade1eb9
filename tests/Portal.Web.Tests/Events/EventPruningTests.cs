using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Cluster;
using Portal.Core.Events;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.WritePolicies;
using Xunit;

namespace Portal.Web.Tests.Events;

/// <summary>
/// Outbox pruning (issue 8, part 1): delivered events older than 30 days are deleted by a round that runs once
/// across nodes; events a handler has not finished, failing or parked ones, and the newest event stay.
/// </summary>
public abstract class EventPruningTests(EventsFixture fixture)
{
    [Fact]
    public async Task DeliveredEventsOlderThanThirtyDays_ArePruned_WhileUndeliveredParkedAndNewestStay()
    {
        const string failingTitle = "东河县关于核对离休干部护理费发放名单的通知";
        fixture.Logbook.FailuresLeft[failingTitle] = 1_000;
        var delivered = await SaveAsync("东河县老干部活动中心夏季开放时间的通知");
        var failing = await SaveAsync(failingTitle);
        await DispatchAsync();

        fixture.Clock.Advance(TimeSpan.FromDays(29));
        await PruneAsync();
        Assert.Contains(delivered.Id, (await DocumentEventsAsync()).Keys); // delivered, but not yet 30 days old
        fixture.Clock.Advance(TimeSpan.FromDays(2));
        var recent = await SaveAsync("东河县关于组织老同志参观乡村振兴示范点的安排");
        await DispatchAsync();

        Assert.True(await PruneAsync() >= 1);
        var left = await DocumentEventsAsync();
        Assert.DoesNotContain(delivered.Id, left.Keys);
        Assert.Contains(failing.Id, left.Keys); // its handler has not finished it (retrying, then parked for the 系统管理员)
        Assert.Contains(recent.Id, left.Keys);
        await using (var scope = await ScopeAsync())
        {
            var events = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            Assert.True(await events.Handled.AllAsync(h => events.Events.Any(e => e.EventId == h.EventId)));
        }

        // Long after, everything delivered is pruned but the newest event, so sequences never start again.
        fixture.Logbook.FailuresLeft[failingTitle] = 0;
        fixture.Clock.Advance(TimeSpan.FromDays(365));
        await DispatchAsync();
        await DispatchAsync();
        long newest;
        await using (var scope = await ScopeAsync())
        {
            newest = await scope.ServiceProvider.GetRequiredService<EventsDbContext>().Events.MaxAsync(e => e.Sequence);
        }

        await PruneAsync();
        left = await DocumentEventsAsync();
        Assert.DoesNotContain(failing.Id, left.Keys);
        await using (var scope = await ScopeAsync())
        {
            var events = scope.ServiceProvider.GetRequiredService<EventsDbContext>();
            Assert.Equal([newest], await events.Events.Where(e => e.Sequence >= newest).Select(e => e.Sequence).ToListAsync());
        }
    }

    [Fact]
    public async Task PruningRound_WhileAnotherNodeHoldsItsLock_DeletesNothing_AndTheNextRoundDoes()
    {
        var document = await SaveAsync("东河县关于开展老干部健步走活动的通知");
        await SaveAsync("东河县老年大学书法班结业展览的通知");
        await DispatchAsync();
        fixture.Clock.Advance(TimeSpan.FromDays(40));
        var pruner = fixture.Factory.Get<EventPruner>();
        await using (await fixture.Factory.Get<IClusterLock>().TryAcquireAsync(EventPruner.RoundLock))
        {
            Assert.False(await pruner.PruneActiveAsync());
            Assert.Contains(document.Id, (await DocumentEventsAsync()).Keys);
        }

        Assert.True(await pruner.PruneActiveAsync());
        Assert.DoesNotContain(document.Id, (await DocumentEventsAsync()).Keys);
    }

    private Task<AsyncServiceScope> ScopeAsync() => fixture.Factory.Get<TenantScopeFactory>().CreateAsync(fixture.County);

    private async Task<PolicyDocument> SaveAsync(string title)
    {
        await using var scope = await ScopeAsync();
        return await scope.ServiceProvider.GetRequiredService<PolicyWriter>().SaveAsync(new PolicyInput { Title = title, Body = "正文：" + title }, "编辑甲");
    }

    private async Task<TenantShell> ShellAsync()
        => await fixture.Factory.Get<ShellHost>().GetAsync((await fixture.Factory.Get<TenantStore>().FindAsync(fixture.County))!);

    private async Task DispatchAsync() => await fixture.Factory.Get<EventDispatcher>().DispatchAsync(await ShellAsync());

    private async Task<int> PruneAsync() => await fixture.Factory.Get<EventPruner>().PruneAsync(await ShellAsync());

    /// <summary>Document id → sequences of its policies.document-changed events still in the outbox.</summary>
    private async Task<Dictionary<long, List<long>>> DocumentEventsAsync()
    {
        await using var scope = await ScopeAsync();
        var log = scope.ServiceProvider.GetRequiredService<EventLog>();
        var events = await log.ReadAsync([EventLog.NameOf<Portal.Modules.Policies.Contracts.PolicyDocumentChanged>()], 0, long.MaxValue, 10_000);
        return events.GroupBy(e => e.As<Portal.Modules.Policies.Contracts.PolicyDocumentChanged>().DocumentId)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Sequence).ToList());
    }
}

public sealed class SqliteEventPruningTests(SqliteEvents fixture) : EventPruningTests(fixture), IClassFixture<SqliteEvents>;

public sealed class PostgresEventPruningTests(PostgresEvents fixture) : EventPruningTests(fixture), IClassFixture<PostgresEvents>;

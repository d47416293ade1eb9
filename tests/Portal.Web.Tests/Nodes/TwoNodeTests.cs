using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Modules.Audit.Persistence;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Security;
using Xunit;
using Xunit.Abstractions;

namespace Portal.Web.Tests.Nodes;

/// <summary>Two host processes' worth of hosts on one PostgreSQL server behave as one site (ADR 0017).</summary>
public sealed class TwoNodeTests(TwoNodesFixture nodes, ITestOutputHelper output) : IClassFixture<TwoNodesFixture>
{
    private const string Password = "Liangjie#2024";

    [Fact]
    public async Task Session_SignedInOnNodeA_IsValidOnNodeB()
    {
        var tenant = await CreateTenantAsync("huiyuan", []);
        using var onA = new NodeClient(nodes.AddressA);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.SignInAsync(tenant, "admin", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.Http.GetAsync($"/{tenant}/admin")).StatusCode);

        using var onB = onA.On(nodes.AddressB);
        Assert.Equal(HttpStatusCode.OK, (await onB.Http.GetAsync($"/{tenant}/admin")).StatusCode);

        using var stranger = new NodeClient(nodes.AddressB);
        Assert.Equal(HttpStatusCode.Redirect, (await stranger.Http.GetAsync($"/{tenant}/admin")).StatusCode);
    }

    [Fact]
    public async Task FeatureChange_OnNodeA_IsSeenOnNodeB_WithinTwoSeconds()
    {
        var tenant = await CreateTenantAsync("bianhua", ["Yizheng.Healthcare"]);
        using var onB = new NodeClient(nodes.AddressB);
        Assert.Equal(HttpStatusCode.OK, await StatusWhenAsync(onB, $"/{tenant}/healthcare", HttpStatusCode.OK));

        var clock = Stopwatch.StartNew();
        await nodes.NodeA.Get<FeatureManager>().DisableAsync(tenant, ["Yizheng.Healthcare"]);
        Assert.Equal(HttpStatusCode.NotFound, await StatusWhenAsync(onB, $"/{tenant}/healthcare", HttpStatusCode.NotFound));
        var off = clock.Elapsed;

        clock.Restart();
        await nodes.NodeA.Get<FeatureManager>().EnableAsync(tenant, ["Yizheng.Healthcare"]);
        Assert.Equal(HttpStatusCode.OK, await StatusWhenAsync(onB, $"/{tenant}/healthcare", HttpStatusCode.OK));
        var on = clock.Elapsed;

        output.WriteLine($"feature off on A → 404 on B after {off.TotalMilliseconds:F0} ms; on → 200 after {on.TotalMilliseconds:F0} ms (node B polls every 30 s)");
        Assert.True(off < TimeSpan.FromSeconds(2), $"off took {off}");
        Assert.True(on < TimeSpan.FromSeconds(2), $"on took {on}");
    }

    [Fact]
    public async Task ForwardedFor_FromAKnownProxy_IsTheClientAddress_InTheAuditLog()
    {
        var tenant = await CreateTenantAsync("daili", []);
        using var browser = new NodeClient(nodes.AddressA);
        await browser.SignInAsync(tenant, "admin", "Wrong#20245", forwardedFor: "203.0.113.24");

        await using var scope = await TenantScope.CreateAsync(nodes.NodeA, tenant);
        var failed = await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.Action == AuditActions.SignIn && r.Account == "admin").ToListAsync();
        Assert.Equal("203.0.113.24", Assert.Single(failed).Ip);
    }

    [Fact]
    public async Task SignInLimit_CountsPerClientAddress_BehindTheProxy()
    {
        var tenant = await CreateTenantAsync("xianliu", []);
        using var browser = new NodeClient(nodes.AddressA);
        var limit = new Portal.Core.Security.SecurityOptions().SignInPerIpPerMinute;
        for (var i = 0; i < limit; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await browser.SignInAsync(tenant, $"visitor{i}", "Wrong#20245", forwardedFor: "198.51.100.7")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.SignInAsync(tenant, "visitor-last", "Wrong#20245", forwardedFor: "198.51.100.7")).StatusCode);
        // Another client behind the same proxy is not held back by the first one's attempts.
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(tenant, "admin", Password, forwardedFor: "198.51.100.8")).StatusCode);
    }

    [Fact]
    public async Task EachNode_BuildsItsOwnSearchIndex_FromTheTaskTable()
    {
        var tenant = TestRecipes.NewName("suoyin");
        await nodes.NodeA.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{tenant}}", "displayName": "索引测试县", "features": ["Portal.Policies"] },
              { "step": "policies", "documents": [
                { "externalId": "sy-1", "title": "索引测试县关于做好离休干部冬季送温暖工作的通知", "docNumber": "索老干〔2025〕3号", "issuer": "索引测试县委老干部局",
                  "writtenOn": "2025-01-08", "category": "走访慰问", "body": "春节前走访慰问全体离休干部，送上慰问金和御寒物品。" }
              ] }
            ] }
            """);

        using var onB = new NodeClient(nodes.AddressB);
        var found = "";
        for (var attempt = 0; attempt < 100 && !found.Contains("冬季送温暖", StringComparison.Ordinal); attempt++)
        {
            found = await onB.Http.GetStringAsync($"/{tenant}/policies?q={Uri.EscapeDataString("慰问金")}");
            await Task.Delay(100);
        }

        Assert.Contains("冬季送温暖", found, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(nodes.NodeB.Database.DataFolder, "Sites", tenant, "indexes", "policies")));
    }

    [Fact]
    public async Task Tenant_OnTheSecondServer_KeepsItsDatabaseThere_AndIsServedByBothNodes()
    {
        var tenant = TestRecipes.NewName("erfu");
        await nodes.NodeA.Get<TenantManager>().CreateAsync(new TenantDraft(tenant, "第二服务器测试县") { Provider = DatabaseProvider.Postgres, Server = "second", Features = ["Yizheng.Healthcare"] });
        await nodes.NodeA.Get<RegistrySync>().SyncAsync();
        await nodes.NodeA.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "users", "users": [ { "userName": "clerk", "displayName": "庞秀云", "password": "{{Password}}", "roles": ["信息员"], "units": ["第二服务器测试县卫健委"] } ] },
              { "step": "healthcare", "assignments": [ { "retireeName": "卞正清", "unit": "第二服务器测试县卫健委", "phone": "13770521846", "healthNote": "听力下降，联系时请放慢语速。" } ] }
            ] }
            """, tenant);

        var databaseName = nodes.NodeA.Database.NamePrefix + tenant.Replace('-', '_');
        Assert.True(await DatabaseExistsAsync(nodes.SecondServer, databaseName));
        Assert.False(await DatabaseExistsAsync(await PostgresServer.ConnectionStringAsync(), databaseName));
        Assert.Equal("second", (await nodes.NodeB.Get<TenantStore>().FindAsync(tenant))!.DatabaseServer);

        using var onB = new NodeClient(nodes.AddressB);
        Assert.Equal(HttpStatusCode.Redirect, (await onB.SignInAsync(tenant, "clerk", Password)).StatusCode);
        var list = await onB.Http.GetStringAsync($"/{tenant}/healthcare/records");
        Assert.Contains("卞正清", list, StringComparison.Ordinal);
        Assert.Contains("137****1846", list, StringComparison.Ordinal);
    }

    private async Task<string> CreateTenantAsync(string stem, IReadOnlyList<string> features)
    {
        var tenant = TestRecipes.NewName(stem);
        var list = string.Join(", ", features.Select(f => $"\"{f}\""));
        await nodes.NodeA.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{tenant}}", "displayName": "两节点测试县", "features": [{{list}}] },
              { "step": "users", "users": [ { "userName": "admin", "displayName": "测试系统管理员", "password": "{{Password}}", "roles": ["系统管理员"] } ] }
            ] }
            """);
        return tenant;
    }

    /// <summary>Asks every 20 ms until the answer is <paramref name="wanted"/> or 10 s have passed; returns the last answer.</summary>
    private static async Task<HttpStatusCode> StatusWhenAsync(NodeClient client, string path, HttpStatusCode wanted)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var status = (await client.Http.GetAsync(path)).StatusCode;
            if (status == wanted || deadline.Elapsed > TimeSpan.FromSeconds(10))
            {
                return status;
            }

            await Task.Delay(20);
        }
    }

    private static async Task<bool> DatabaseExistsAsync(string server, string name)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync() is not null;
    }
}

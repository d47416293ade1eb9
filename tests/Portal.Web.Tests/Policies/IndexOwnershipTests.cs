using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.WritePolicies;
using Portal.Web.Tests.Cli;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// Outside review (issue 14), findings 2 and 8: the command line, run as a real second process against the data
/// folder of a running host, hands index work to the host (which holds the lease in the site's database) instead
/// of touching its files; and a save that committed succeeds even when the index folder is gone, the index
/// rebuilding itself afterwards.
/// </summary>
[Collection(CliTestGroup.Name)]
public sealed class IndexOwnershipTests : IAsyncLifetime
{
    private const string Tenant = "baoyingxian";
    private PortalFactory _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalFactory.StartAsync(DatabaseProvider.Sqlite);
        var file = Path.Combine(_host.Database.DataFolder, "first.jsonl");
        await File.WriteAllTextAsync(file, """
            {"id":"b-1","title":"宝应县离休干部医疗待遇落实办法","doc_number":"宝老干[2023]3号","date":"2023-03-01","body":"离休干部看病实行绿色通道。"}
            """);
        Assert.Equal(0, (await CliRun.RunAsync("tenants", "create", Tenant, "--display-name", "宝应县老干部工作网", "--data", _host.Database.DataFolder)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("features", "enable", "Portal.Policies", "--tenant", Tenant, "--data", _host.Database.DataFolder)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("policies", "import", "--tenant", Tenant, "--file", file, "--data", _host.Database.DataFolder)).ExitCode);
        await _host.Get<Portal.Core.Tenants.RegistrySync>().SyncAsync();
        await SearchUntilFoundAsync("看病", "宝应县离休干部医疗待遇落实办法");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SecondProcess_HandsRebuildAndImportToTheRunningHost_WithoutTouchingItsIndex()
    {
        var (code, output) = await RunSecondProcessAsync("search", "rebuild", "--tenant", Tenant);
        Assert.Equal(0, code);
        Assert.Contains("已请求重建", output, StringComparison.Ordinal);
        Assert.DoesNotContain("索引已重建", output, StringComparison.Ordinal);

        var file = Path.Combine(_host.Database.DataFolder, "second.jsonl");
        await File.WriteAllTextAsync(file, """
            {"id":"b-2","title":"宝应县老干部活动中心开放时间的通知","doc_number":"宝老干[2024]1号","date":"2024-01-05","body":"活动中心每周二至周日开放。"}
            """);
        (code, output) = await RunSecondProcessAsync("policies", "import", "--tenant", Tenant, "--file", file);
        Assert.Equal(0, code);
        Assert.Contains("网站正在运行", output, StringComparison.Ordinal);

        // The host applies both (the rebuild and the new rows) itself, and keeps answering and saving meanwhile.
        await SearchUntilFoundAsync("活动中心", "宝应县老干部活动中心开放时间的通知");
        await SearchUntilFoundAsync("看病", "宝应县离休干部医疗待遇落实办法");
        await SaveAndPublishAsync("宝应县关于走访慰问老干部的安排");
        await SearchUntilFoundAsync("走访慰问", "宝应县关于走访慰问老干部的安排");
    }

    [Fact]
    public async Task IndexFolderRemovedUnderTheHost_SaveStillSucceeds_AndTheIndexRecoversByItself()
    {
        Directory.Delete(Path.Combine(_host.Database.DataFolder, "Sites", Tenant, "indexes", "policies"), recursive: true);

        var saved = await SaveAndPublishAsync("宝应县老干部大学春季招生简章");
        Assert.True(saved.Id > 0);
        await using (var scope = await TenantScope.CreateAsync(_host, Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<Portal.Modules.Policies.Persistence.PoliciesDbContext>();
            Assert.Equal(1, db.Documents.Count(d => d.Title == "宝应县老干部大学春季招生简章"));
        }

        await SearchUntilFoundAsync("春季招生", "宝应县老干部大学春季招生简章");
        await SearchUntilFoundAsync("看病", "宝应县离休干部医疗待遇落实办法");
    }

    [Fact]
    public async Task AdminRebuild_NeedsTheAdministerPermission_AndIsQueuedInsteadOfRunInTheRequest()
    {
        await _host.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "roles", "tenant": "{{Tenant}}", "roles": [ { "name": "政策录入", "permissions": ["admin.access", "policies.manage"] } ] },
              { "step": "users", "tenant": "{{Tenant}}", "users": [
                { "userName": "luru", "displayName": "金晓光", "password": "Luru#2024ok", "roles": ["政策录入"] },
                { "userName": "bianji", "displayName": "何丽娟", "password": "Bianji#2024ok", "roles": ["编辑"] } ] }
            ] }
            """);
        var path = $"/{Tenant}/admin/policies";
        using var clerk = await Browser.SignedInAsync(_host, Tenant, "luru", "Luru#2024ok");
        Assert.Equal(HttpStatusCode.Forbidden, (await Browser.PostFormAsync(clerk, path + "?handler=Rebuild", [], path)).StatusCode);

        using var editor = await Browser.SignedInAsync(_host, Tenant, "bianji", "Bianji#2024ok");
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.PostFormAsync(editor, path + "?handler=Rebuild", [], path)).StatusCode);
        await using var scope = await TenantScope.CreateAsync(_host, Tenant);
        var events = scope.ServiceProvider.GetRequiredService<Portal.Core.Events.EventsDbContext>();
        Assert.Contains(events.Events.AsEnumerable(), e => e.Type == "policies.index-rebuild-requested" && e.Payload.Contains("bianji", StringComparison.Ordinal));
        await SearchUntilFoundAsync("看病", "宝应县离休干部医疗待遇落实办法");
    }

    private async Task<PolicyDocument> SaveAndPublishAsync(string title)
    {
        await using var scope = await TenantScope.CreateAsync(_host, Tenant);
        var editor = scope.ServiceProvider.GetRequiredService<PolicyWriter>();
        var draft = await editor.SaveAsync(new PolicyInput { Title = title, Issuer = "宝应县委老干部局", PublishedOn = new DateOnly(2024, 3, 1), Body = title + "。" }, "editor");
        return await editor.SetStatusAsync(draft.Id, draft.Version, PolicyStatus.Published, "editor");
    }

    private async Task SearchUntilFoundAsync(string query, string title)
    {
        using var browser = _host.CreateBrowser();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            var response = await browser.GetAsync($"/{Tenant}/api/policies/search?q={Uri.EscapeDataString(query)}");
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.StatusCode == HttpStatusCode.OK && last.Contains(title, StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(300);
        }

        Assert.Fail($"“{title}” not found for “{query}”: {last}");
    }

    /// <summary>The real command line, as its own dotnet process, on the host's data folder.</summary>
    private async Task<(int Code, string Output)> RunSecondProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"));
        foreach (var arg in args.Concat(["--data", _host.Database.DataFolder]))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Portal__ChangePollInterval"] = "00:00:00.200";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}

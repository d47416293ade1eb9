using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Backup;
using Portal.Core.Tenants;
using Portal.Modules.Audit.Features.Verify;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Operations;

public abstract class BackupRestoreTests(PublishedSiteFixture fixture)
{
    [Fact]
    public async Task Restore_OnAnotherHost_ShowsTheSameDocumentsUsersAndAuditChain()
    {
        var name = await fixture.NewSiteAsync();
        var folder = NewFolder();
        var before = await AuditAsync(fixture.Factory, name);
        Assert.True(before.Count > 0);
        await fixture.Factory.Get<TenantBackupService>().BackupAsync(name, folder);

        await using var other = await PortalFactory.StartAsync(fixture.Provider);
        var restored = await other.Get<TenantBackupService>().RestoreAsync(name, folder, force: false);
        await other.Get<RegistrySync>().SyncAsync();

        Assert.Equal(TenantState.Running, restored.State);
        var after = await AuditAsync(other, name);
        Assert.Null(after.BrokenAt);
        Assert.Equal(before.Count, after.Count);
        using var reader = other.CreateBrowser();
        var library = await EventuallyAsync(reader, $"/{name}/policies", PublishedSiteFixture.FirstTitle);
        Assert.Contains(PublishedSiteFixture.FirstTitle, library, StringComparison.Ordinal);
        Assert.Contains(PublishedSiteFixture.SecondTitle, library, StringComparison.Ordinal);
        Assert.Contains("#8a1c1c", await reader.GetStringAsync($"/{name}/"), StringComparison.Ordinal);
        using var editor = await Browser.SignedInAsync(other, name, "bianji", PublishedSiteFixture.EditorPassword);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/{name}/admin/policies")).StatusCode);
    }

    [Fact]
    public async Task Restore_OverARunningSite_IsRefusedWithoutForce_AndWithForceBringsTheBackupBack()
    {
        var name = await fixture.NewSiteAsync();
        var folder = NewFolder();
        await fixture.Factory.Get<TenantBackupService>().BackupAsync(name, folder);
        const string lateTitle = "临河县关于调整老干部阅览室开放时间的通知";
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "late", "steps": [ { "step": "tenant", "name": "{{name}}", "displayName": "临河县老干部工作网", "features": ["Portal.Policies"] }, { "step": "policies", "documents": [ { "externalId": "lh-9", "title": "{{lateTitle}}", "issuer": "临河县委老干部局", "writtenOn": "2024-09-01", "body": "阅览室改为每天上午开放。" } ] } ] }
            """);
        using var reader = fixture.Factory.CreateBrowser();
        var search = $"/{name}/policies?q=" + Uri.EscapeDataString("开放");
        Assert.Contains(lateTitle, await EventuallyAsync(reader, search, lateTitle), StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<PortalException>(() => fixture.Factory.Get<TenantBackupService>().RestoreAsync(name, folder, force: false));
        Assert.Contains("--force", refused.Message, StringComparison.Ordinal);

        var restored = await fixture.Factory.Get<TenantBackupService>().RestoreAsync(name, folder, force: true);
        await fixture.Factory.Get<RegistrySync>().SyncAsync();
        Assert.Equal(TenantState.Running, restored.State);
        var page = await EventuallyAsync(reader, search, PublishedSiteFixture.SecondTitle);
        Assert.DoesNotContain(lateTitle, page, StringComparison.Ordinal);
        Assert.Contains(PublishedSiteFixture.SecondTitle, page, StringComparison.Ordinal);
        Assert.Null((await AuditAsync(fixture.Factory, name)).BrokenAt);
    }

    [Fact]
    public async Task Backup_IntoAFolderThatIsNotEmpty_IsRefused()
    {
        var name = await fixture.NewSiteAsync();
        var folder = NewFolder();
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "其他文件.txt"), "别覆盖我");
        await Assert.ThrowsAsync<PortalException>(() => fixture.Factory.Get<TenantBackupService>().BackupAsync(name, folder));
    }

    /// <summary>The page once it shows <paramref name="text"/>: the search index catches up with the database within seconds.</summary>
    private static async Task<string> EventuallyAsync(HttpClient client, string url, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        string page;
        do
        {
            page = await client.GetStringAsync(url);
            if (page.Contains(text, StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);
        return page;
    }

    private static Task<AuditVerification> AuditAsync(PortalFactory factory, string name)
        => PublishedSiteFixture.InTenantAsync(factory, name, services => services.GetRequiredService<AuditVerifier>().VerifyAsync());

    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "portal-backup-" + Guid.NewGuid().ToString("N")[..10]);
}

public sealed class SqliteBackupRestoreTests(SqliteSite fixture) : BackupRestoreTests(fixture), IClassFixture<SqliteSite>;

public sealed class PostgresBackupRestoreTests(PostgresSite fixture) : BackupRestoreTests(fixture), IClassFixture<PostgresSite>;

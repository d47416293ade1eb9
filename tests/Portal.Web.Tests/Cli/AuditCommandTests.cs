using Microsoft.Data.Sqlite;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Cli;

[Collection(CliTestGroup.Name)]
public sealed class AuditCommandTests : IAsyncLifetime
{
    private PortalFactory _host = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalFactory.StartAsync(DatabaseProvider.Sqlite);
        await _host.RunRecipeAsync("""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "gaoyou", "displayName": "高邮市老干部工作网" },
              { "step": "users", "users": [ { "userName": "auditor", "displayName": "孔祥云", "password": "Shenji#2024", "roles": ["审计管理员"] } ] }
            ] }
            """);
        using var browser = _host.CreateBrowser();
        await Browser.PostLoginAsync(browser, "gaoyou", "auditor", "Shenji#2024");
        await Browser.PostLoginAsync(browser, "gaoyou", "auditor", "Wrong#2024x");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AuditVerify_ReportsAnIntactChain_ThenTheFirstBrokenLink()
    {
        var data = _host.Database.DataFolder;
        var (code, output, _) = await CliRun.RunAsync("audit", "verify", "--tenant", "gaoyou", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("链路无断点", output, StringComparison.Ordinal);

        // Tamper with the file directly, as someone with access to the server would.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "Sites", "gaoyou", "portal.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DROP TRIGGER portal_audit_no_update; UPDATE portal_audit SET \"Account\" = 'someone' WHERE \"Sequence\" = 2;";
            await command.ExecuteNonQueryAsync();
        }

        (code, output, _) = await CliRun.RunAsync("audit", "verify", "--tenant", "gaoyou", "--json", "--data", data);
        Assert.Equal(3, code);
        Assert.Contains("\"brokenAt\": 2", output, StringComparison.Ordinal);
    }
}

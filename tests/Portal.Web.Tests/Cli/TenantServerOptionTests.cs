using Xunit;

namespace Portal.Web.Tests.Cli;

[Collection(CliTestGroup.Name)]
public sealed class TenantServerOptionTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "portal-cli-server-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Create_OnAServerNotNamedInConfiguration_IsRefused_AndNothingIsRegistered()
    {
        var (code, _, error) = await CliRun.RunAsync("tenants", "create", "dongfeng", "--display-name", "东峰县老干部工作网", "--database", "postgres", "--server", "east", "--data", _data);
        Assert.Equal(1, code);
        Assert.Contains("Portal:PostgresServers:east", error, StringComparison.Ordinal);

        var (_, list, _) = await CliRun.RunAsync("tenants", "list", "--json", "--data", _data);
        Assert.DoesNotContain("dongfeng", list, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}

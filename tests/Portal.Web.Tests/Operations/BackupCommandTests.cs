using Portal.Web.Tests.Cli;
using Xunit;

namespace Portal.Web.Tests.Operations;

[Collection(CliTestGroup.Name)]
public sealed class BackupCommandTests(SqliteSite fixture) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task TenantsBackupAndRestore_FromTheCommandLine_RefuseARunningSiteWithoutForce()
    {
        var name = await fixture.NewSiteAsync();
        var data = fixture.Factory.Database.DataFolder;
        var folder = Path.Combine(Path.GetTempPath(), "portal-backup-" + Guid.NewGuid().ToString("N")[..10]);

        var (code, output, _) = await CliRun.RunAsync("tenants", "backup", name, "--to", folder, "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("已备份", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "database.sqlite")));
        Assert.True(File.Exists(Path.Combine(folder, "registry.json")));

        (code, _, var error) = await CliRun.RunAsync("tenants", "restore", name, "--from", folder, "--data", data);
        Assert.Equal(1, code);
        Assert.Contains("正在运行", error, StringComparison.Ordinal);

        (code, output, _) = await CliRun.RunAsync("tenants", "restore", name, "--from", folder, "--force", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("已从备份恢复", output, StringComparison.Ordinal);
    }
}

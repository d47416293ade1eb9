using Portal.Core.Data;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Where a test host keeps its data: a fresh folder, and on PostgreSQL fresh database names.</summary>
public sealed record TestDatabase(DatabaseProvider Provider)
{
    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "portal-test-" + Guid.NewGuid().ToString("N")[..10]);

    /// <summary>Unique per host so that test classes never share a PostgreSQL database.</summary>
    public string NamePrefix { get; } = "pt" + Guid.NewGuid().ToString("N")[..8] + "_";

    public async Task<Dictionary<string, string?>> SettingsAsync()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Portal:DataFolder"] = DataFolder,
            ["Portal:Provider"] = Provider.ToString(),
            ["Portal:DatabaseNamePrefix"] = NamePrefix,
            ["Portal:DemoOnFirstRun"] = "false",
            ["Portal:ChangePollInterval"] = "00:00:00.200",
        };
        if (Provider == DatabaseProvider.Postgres)
        {
            settings["Portal:PostgresConnectionString"] = await PostgresServer.ConnectionStringAsync();
        }

        return settings;
    }
}

using Microsoft.Data.Sqlite;

namespace Portal.Core.Backup;

/// <summary>SQLite's online backup API: a consistent copy while the site keeps running (readers and writers wait at most a page step).</summary>
internal static class SqliteBackup
{
    public static void Copy(string sourceConnectionString, string targetConnectionStringOrFile)
    {
        var target = targetConnectionStringOrFile.Contains('=', StringComparison.Ordinal)
            ? targetConnectionStringOrFile
            : new SqliteConnectionStringBuilder { DataSource = targetConnectionStringOrFile, Pooling = false }.ToString();
        using var from = new SqliteConnection(sourceConnectionString);
        using var to = new SqliteConnection(target);
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }
}

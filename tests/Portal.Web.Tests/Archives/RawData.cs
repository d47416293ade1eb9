using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Archives;

/// <summary>What a tenant's database holds as an attacker with the files would read it: the SQLite file and its WAL as bytes, or a table's rows as text.</summary>
internal static class RawData
{
    public static async Task<string> OfTenantAsync(PortalFactory factory, string tenant, string table)
    {
        var connections = factory.Get<DatabaseConnections>();
        var provider = factory.Database.Provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(connections.ConnectionString(provider, tenant)).DataSource;
            var text = new StringBuilder();
            foreach (var path in new[] { file, file + "-wal" }.Where(File.Exists))
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                text.Append(Encoding.UTF8.GetString(copy.ToArray()));
            }

            return text.ToString();
        }

        await using var connection = new NpgsqlConnection(connections.ConnectionString(provider, tenant));
        await connection.OpenAsync();
#pragma warning disable CA2100 // the table name is a constant of the test
        await using var command = new NpgsqlCommand($"SELECT string_agg(t::text, E'\\n') FROM {table} t", connection);
#pragma warning restore CA2100
        return (string)(await command.ExecuteScalarAsync())!;
    }
}

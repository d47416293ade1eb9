using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Portal.Core.Data;

/// <summary>
/// Turns a database name and provider into connection strings and configured DbContext options,
/// and creates databases. Each tenant has its own SQLite file or its own PostgreSQL database.
/// </summary>
public sealed class DatabaseConnections(IOptions<PortalDataOptions> options)
{
    private readonly PortalDataOptions _options = options.Value;

    public const string HostDatabase = "host";

    public string ConnectionString(DatabaseProvider provider, string databaseName)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = databaseName == HostDatabase
                ? Path.Combine(_options.DataFolder, "host.db")
                : Path.Combine(_options.TenantFolder(databaseName), "portal.db");
            return new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 30 }.ToString();
        }

        return new NpgsqlConnectionStringBuilder(PostgresServer())
        {
            Database = _options.DatabaseNamePrefix + databaseName.Replace('-', '_'),
        }.ToString();
    }

    public void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string databaseName)
    {
        var connectionString = ConnectionString(provider, databaseName);
        if (provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(connectionString);
        }
        else
        {
            builder.UseNpgsql(connectionString);
        }
    }

    /// <summary>Creates the database if it does not exist yet; safe to call again.</summary>
    public async Task EnsureDatabaseAsync(DatabaseProvider provider, string databaseName, CancellationToken cancellationToken = default)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(ConnectionString(provider, databaseName)).DataSource;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await using var sqlite = new SqliteConnection(ConnectionString(provider, databaseName));
            await sqlite.OpenAsync(cancellationToken);
            await using var wal = sqlite.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(ConnectionString(provider, databaseName)).Database!;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = "postgres" }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // Identifiers cannot be parameters; the name is built from a validated tenant slug.
#pragma warning disable CA2100
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
#pragma warning restore CA2100
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Opens the database and runs SELECT 1; throws when it cannot be reached. Never creates a SQLite file.</summary>
    public async Task PingAsync(DatabaseProvider provider, string databaseName, CancellationToken cancellationToken = default)
    {
        System.Data.Common.DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString(provider, databaseName)) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString())
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(provider, databaseName)) { Timeout = 5 }.ToString());
        await using (connection)
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
        }
    }

    /// <summary>Lets go of pooled connections so an evicted tenant holds no file handles or sockets.</summary>
    public void ReleaseConnections(DatabaseProvider provider, string databaseName)
    {
        var connectionString = ConnectionString(provider, databaseName);
        if (provider == DatabaseProvider.Sqlite)
        {
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }
        else
        {
            using var connection = new NpgsqlConnection(connectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    private string PostgresServer() => _options.PostgresConnectionString
        ?? throw new InvalidOperationException("PostgreSQL is selected but Portal:PostgresConnectionString is not set.");
}

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

    public string ConnectionString(DatabaseProvider provider, string databaseName) => ConnectionString(new TenantDatabase(provider, databaseName));

    public string ConnectionString(TenantDatabase database)
    {
        var (provider, databaseName, server) = database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = databaseName == HostDatabase
                ? Path.Combine(_options.DataFolder, "host.db")
                : Path.Combine(_options.TenantFolder(databaseName), "portal.db");
            return new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 30 }.ToString();
        }

        return new NpgsqlConnectionStringBuilder(PostgresServer(server))
        {
            Database = _options.DatabaseNamePrefix + databaseName.Replace('-', '_'),
        }.ToString();
    }

    public void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string databaseName) => Configure(builder, new TenantDatabase(provider, databaseName));

    public void Configure(DbContextOptionsBuilder builder, TenantDatabase database)
    {
        var connectionString = ConnectionString(database);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(connectionString);
        }
        else
        {
            builder.UseNpgsql(connectionString);
        }
    }

    /// <summary>Creates the database if it does not exist yet; safe to call again.</summary>
    public Task EnsureDatabaseAsync(DatabaseProvider provider, string databaseName, CancellationToken cancellationToken = default)
        => EnsureDatabaseAsync(new TenantDatabase(provider, databaseName), cancellationToken);

    public async Task EnsureDatabaseAsync(TenantDatabase database, CancellationToken cancellationToken = default)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(ConnectionString(database)).DataSource;
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await using var sqlite = new SqliteConnection(ConnectionString(database));
            await sqlite.OpenAsync(cancellationToken);
            await using var wal = sqlite.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
            return;
        }

        var name = new NpgsqlConnectionStringBuilder(ConnectionString(database)).Database!;
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer(database.Server)) { Database = "postgres" }.ToString());
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
    public Task PingAsync(DatabaseProvider provider, string databaseName, CancellationToken cancellationToken = default)
        => PingAsync(new TenantDatabase(provider, databaseName), cancellationToken);

    public async Task PingAsync(TenantDatabase database, CancellationToken cancellationToken = default)
    {
        System.Data.Common.DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString(database)) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString())
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(database)) { Timeout = 5 }.ToString());
        await using (connection)
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
        }
    }

    /// <summary>Lets go of pooled connections so an evicted tenant holds no file handles or sockets.</summary>
    public void ReleaseConnections(DatabaseProvider provider, string databaseName) => ReleaseConnections(new TenantDatabase(provider, databaseName));

    public void ReleaseConnections(TenantDatabase database)
    {
        var connectionString = ConnectionString(database);
        if (database.Provider == DatabaseProvider.Sqlite)
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

    /// <summary>True when <paramref name="server"/> is null (the default server) or named under Portal:PostgresServers.</summary>
    public bool IsKnownServer(string? server) => server is null || _options.PostgresServers.ContainsKey(server);

    private string PostgresServer(string? server)
    {
        if (server is not null)
        {
            return _options.PostgresServers.TryGetValue(server, out var named)
                ? named
                : throw new InvalidOperationException($"PostgreSQL server '{server}' is not configured (Portal:PostgresServers:{server}).");
        }

        return _options.PostgresConnectionString
            ?? throw new InvalidOperationException("PostgreSQL is selected but Portal:PostgresConnectionString is not set.");
    }
}

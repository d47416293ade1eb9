using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Portal.Core.Data;

/// <summary>
/// Brings a database's module tables to the versions the code expects. Versions live in the
/// portal_schema table of the same database; each module's step runs in its own transaction so a
/// failure leaves that module at its previous version and nothing half-created.
/// </summary>
public sealed class SchemaMigrator(IEnumerable<IModuleSchema> schemas, DatabaseConnections connections, ILogger<SchemaMigrator> logger)
{
    private readonly ILookup<string, IModuleSchema> _schemas = schemas.ToLookup(s => s.ModuleId, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<IModuleSchema> SchemasOf(string moduleId) => _schemas[moduleId];

    /// <summary>Returns true when something was created or upgraded.</summary>
    public Task<bool> ApplyAsync(DatabaseProvider provider, string databaseName, IEnumerable<string> moduleIds, CancellationToken cancellationToken = default)
        => ApplyAsync(new TenantDatabase(provider, databaseName), moduleIds, cancellationToken);

    /// <summary>Returns true when something was created or upgraded.</summary>
    public async Task<bool> ApplyAsync(TenantDatabase database, IEnumerable<string> moduleIds, CancellationToken cancellationToken = default)
    {
        var (provider, databaseName, _) = database;
        var wanted = moduleIds.SelectMany(id => _schemas[id]).ToList();
        if (wanted.Count == 0)
        {
            return false;
        }

        void Configure(DbContextOptionsBuilder builder) => connections.Configure(builder, database);
        var changed = false;
        await using var probe = wanted[0].CreateContext(Configure);
        var connection = probe.Database.GetDbConnection();
        await probe.Database.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS portal_schema (module VARCHAR(200) NOT NULL PRIMARY KEY, version INTEGER NOT NULL)", cancellationToken);
        var versions = await ReadVersionsAsync(connection, cancellationToken);
        foreach (var schema in wanted)
        {
            var key = schema.DbContextType.FullName!;
            var current = versions.GetValueOrDefault(key);
            if (current >= schema.Version)
            {
                continue;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            if (current == 0)
            {
                await using var context = schema.CreateContext(Configure);
                await ExecuteAsync(connection, transaction, context.Database.GenerateCreateScript(), cancellationToken);
            }
            else
            {
                foreach (var upgrade in schema.Upgrades.Where(u => u.FromVersion >= current && u.FromVersion < schema.Version).OrderBy(u => u.FromVersion))
                {
                    await ExecuteAsync(connection, transaction, upgrade.Sql(provider), cancellationToken);
                }
            }

            await SaveVersionAsync(connection, transaction, key, schema.Version, current == 0, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Schema {Schema} of {Database} moved from {From} to {To}", key, databaseName, current, schema.Version);
            changed = true;
        }

        return changed;
    }

    private static async Task<Dictionary<string, int>> ReadVersionsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT module, version FROM portal_schema";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions[reader.GetString(0)] = reader.GetInt32(1);
        }

        return versions;
    }

    private static async Task SaveVersionAsync(DbConnection connection, DbTransaction transaction, string key, int version, bool insert, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = insert
            ? "INSERT INTO portal_schema (module, version) VALUES (@module, @version)"
            : "UPDATE portal_schema SET version = @version WHERE module = @module";
        AddParameter(command, "@module", key);
        AddParameter(command, "@version", version);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // DDL generated by EF Core from the module's model or written in the module's schema class
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

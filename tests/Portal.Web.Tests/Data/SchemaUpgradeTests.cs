using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Data;

/// <summary>A module's tables: created at their latest version on a fresh database, upgraded step by step on an old one.</summary>
public abstract class SchemaUpgradeTests(DatabaseProvider provider)
{
    [Fact]
    public async Task Apply_CreatesTablesOnce_ThenUpgradesAnOldDatabaseStepByStep()
    {
        var database = new TestDatabase(provider);
        var options = Options.Create(new PortalDataOptions
        {
            DataFolder = database.DataFolder,
            Provider = provider,
            DatabaseNamePrefix = database.NamePrefix,
            PostgresConnectionString = provider == DatabaseProvider.Postgres ? await PostgresServer.ConnectionStringAsync() : null,
        });
        var connections = new DatabaseConnections(options);
        await connections.EnsureDatabaseAsync(provider, "gaoyou");

        var v1 = new SchemaMigrator([new NoticeSchemaV1()], connections, NullLogger<SchemaMigrator>.Instance);
        Assert.True(await v1.ApplyAsync(provider, "gaoyou", ["Test.Notices"]));
        Assert.False(await v1.ApplyAsync(provider, "gaoyou", ["Test.Notices"]));
        await ExecuteAsync(connections, "INSERT INTO test_notices (\"Id\", \"Title\") VALUES (1, '关于开展重阳节走访慰问活动的通知')");

        // The next release of the module adds a column: the old database is brought forward, its rows kept.
        var v2 = new SchemaMigrator([new NoticeSchemaV2()], connections, NullLogger<SchemaMigrator>.Instance);
        Assert.True(await v2.ApplyAsync(provider, "gaoyou", ["Test.Notices"]));
        Assert.Equal("关于开展重阳节走访慰问活动的通知|县委老干部局", await ScalarAsync(connections, "SELECT \"Title\" || '|' || \"Issuer\" FROM test_notices WHERE \"Id\" = 1"));
        Assert.Equal("2", await ScalarAsync(connections, "SELECT version FROM portal_schema"));

        // A fresh database gets version 2 in one go.
        await connections.EnsureDatabaseAsync(provider, "jiangdu");
        Assert.True(await v2.ApplyAsync(provider, "jiangdu", ["Test.Notices"]));
        connections.ReleaseConnections(provider, "gaoyou");
        connections.ReleaseConnections(provider, "jiangdu");
    }

    [Fact]
    public async Task Apply_OnADatabaseKeyedByTheOldContextName_KeepsItsTablesAndMovesToTheSchemaId()
    {
        var database = new TestDatabase(provider);
        var options = Options.Create(new PortalDataOptions
        {
            DataFolder = database.DataFolder,
            Provider = provider,
            DatabaseNamePrefix = database.NamePrefix,
            PostgresConnectionString = provider == DatabaseProvider.Postgres ? await PostgresServer.ConnectionStringAsync() : null,
        });
        var connections = new DatabaseConnections(options);
        await connections.EnsureDatabaseAsync(provider, "gaoyou");
        var v1 = new SchemaMigrator([new NoticeSchemaV1()], connections, NullLogger<SchemaMigrator>.Instance);
        await v1.ApplyAsync(provider, "gaoyou", ["Test.Notices"]);
        await ExecuteAsync(connections, "INSERT INTO test_notices (\"Id\", \"Title\") VALUES (7, '关于做好离退休干部冬季健康体检工作的通知')");
        // What a database written before explicit schema ids holds: the DbContext's CLR name as the key.
        await ExecuteAsync(connections, $"UPDATE portal_schema SET module = '{typeof(NoticeContextV1).FullName}'");

        Assert.False(await v1.ApplyAsync(provider, "gaoyou", ["Test.Notices"]));
        Assert.Equal("test.notices", await ScalarAsync(connections, "SELECT module FROM portal_schema"));
        var v2 = new SchemaMigrator([new NoticeSchemaV2()], connections, NullLogger<SchemaMigrator>.Instance);
        Assert.True(await v2.ApplyAsync(provider, "gaoyou", ["Test.Notices"]));
        Assert.Equal("关于做好离退休干部冬季健康体检工作的通知|县委老干部局", await ScalarAsync(connections, "SELECT \"Title\" || '|' || \"Issuer\" FROM test_notices WHERE \"Id\" = 7"));
        connections.ReleaseConnections(provider, "gaoyou");
    }

    private async Task ExecuteAsync(DatabaseConnections connections, string sql) => await ScalarAsync(connections, sql);

    private async Task<string?> ScalarAsync(DatabaseConnections connections, string sql)
    {
        await using System.Data.Common.DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(connections.ConnectionString(provider, "gaoyou"))
            : new NpgsqlConnection(connections.ConnectionString(provider, "gaoyou"));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync())?.ToString();
    }

    public sealed class Notice
    {
        public int Id { get; set; }

        public string Title { get; set; } = "";

        public string Issuer { get; set; } = "";
    }

    public sealed class NoticeContextV1(DbContextOptions<NoticeContextV1> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Notice>().ToTable("test_notices").Ignore(n => n.Issuer);
            modelBuilder.Entity<Notice>().Property(n => n.Id).ValueGeneratedNever();
        }
    }

    public sealed class NoticeContextV2(DbContextOptions<NoticeContextV2> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Notice>().ToTable("test_notices");
            modelBuilder.Entity<Notice>().Property(n => n.Id).ValueGeneratedNever();
        }
    }

    private sealed class NoticeSchemaV1 : ModuleSchema<NoticeContextV1>
    {
        public override string ModuleId => "Test.Notices";

        public override string SchemaId => "test.notices";
    }

    /// <summary>Same module, next version: the key in portal_schema is the schema id, so both versions share it.</summary>
    private sealed class NoticeSchemaV2 : IModuleSchema
    {
        public string ModuleId => "Test.Notices";

        public string SchemaId => "test.notices";

        public int Version => 2;

        public Type DbContextType => typeof(NoticeContextV1);

        public IReadOnlyList<SchemaUpgrade> Upgrades { get; } =
            [new(1, _ => "ALTER TABLE test_notices ADD COLUMN \"Issuer\" VARCHAR(100) NOT NULL DEFAULT '县委老干部局'")];

        public DbContext CreateContext(Action<DbContextOptionsBuilder> configure)
        {
            var builder = new DbContextOptionsBuilder<NoticeContextV2>();
            configure(builder);
            return new NoticeContextV2(builder.Options);
        }
    }
}

public sealed class SqliteSchemaUpgradeTests() : SchemaUpgradeTests(DatabaseProvider.Sqlite);

public sealed class PostgresSchemaUpgradeTests() : SchemaUpgradeTests(DatabaseProvider.Postgres);

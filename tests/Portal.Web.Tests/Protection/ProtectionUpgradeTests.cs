using System.Data.Common;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Core.Data;
using Portal.Core.Data.Protection;
using Portal.Core.Tenants;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Protection;

/// <summary>Databases made before protection existed are brought forward: the host gains its key tables, the health desk and the accounts keep working and seal on save.</summary>
public abstract class ProtectionUpgradeTests(DatabaseProvider provider)
{
    [Fact]
    public async Task HostDatabase_AtVersion1_GainsTheKeyTables_ThatTheModelThenUses()
    {
        var database = new TestDatabase(provider);
        var connections = new DatabaseConnections(Options.Create(new PortalDataOptions
        {
            DataFolder = database.DataFolder,
            Provider = provider,
            DatabaseNamePrefix = database.NamePrefix,
            PostgresConnectionString = provider == DatabaseProvider.Postgres ? await PostgresServer.ConnectionStringAsync() : null,
        }));
        await connections.EnsureDatabaseAsync(provider, DatabaseConnections.HostDatabase);
        var migrator = new SchemaMigrator([new HostSchema()], connections, NullLogger<SchemaMigrator>.Instance);
        await migrator.ApplyAsync(provider, DatabaseConnections.HostDatabase, [HostSchema.Id]);
        await ExecuteAsync(connections, DatabaseConnections.HostDatabase, "DROP TABLE tenant_keys; DROP TABLE data_protection_keys; ALTER TABLE tenants DROP COLUMN \"DatabaseServer\"; UPDATE portal_schema SET version = 1");

        Assert.True(await migrator.ApplyAsync(provider, DatabaseConnections.HostDatabase, [HostSchema.Id]));
        var options = new DbContextOptionsBuilder<HostDbContext>();
        connections.Configure(options, provider, DatabaseConnections.HostDatabase);
        await using (var db = new HostDbContext(options.Options))
        {
            db.TenantKeys.Add(new TenantKey { TenantName = "yizheng", KeyId = 1, SealedKey = [1, 2, 3], CreatedUtc = DateTime.UtcNow });
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = new XElement("key").ToString() });
            await db.SaveChangesAsync();
        }

        await using (var db = new HostDbContext(options.Options))
        {
            Assert.Equal([1, 2, 3], (await db.TenantKeys.SingleAsync()).SealedKey);
            Assert.Equal("key-1", (await db.DataProtectionKeys.SingleAsync()).FriendlyName);
        }

        connections.ReleaseConnections(provider, DatabaseConnections.HostDatabase);
    }

    [Fact]
    public async Task HealthDesk_AtVersion1_KeepsItsPlainNotes_UntilTheNextSaveSealsThem()
    {
        await using var factory = await PortalFactory.StartAsync(provider);
        var county = TestRecipes.NewName("jiuban");
        await factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [
              { "step": "tenant", "name": "{{county}}", "displayName": "旧版测试县", "features": ["Yizheng.Healthcare"] },
              { "step": "users", "users": [ { "userName": "clerk", "displayName": "吴海燕", "password": "Jiuban#2024", "roles": ["信息员"], "units": ["旧版县财政局"] } ] }
            ] }
            """);
        var connections = factory.Get<DatabaseConnections>();
        await factory.Get<ShellHost>().EvictAsync(county);
        // What version 1 left behind: no sealed columns, the note in plain text.
        await ExecuteAsync(connections, county, """
            DROP INDEX "IX_yizheng_healthcare_assignments_IdNumberHash";
            DROP INDEX "IX_yizheng_healthcare_assignments_PhoneHash";
            ALTER TABLE yizheng_healthcare_assignments DROP COLUMN "IdNumber";
            ALTER TABLE yizheng_healthcare_assignments DROP COLUMN "IdNumberHash";
            ALTER TABLE yizheng_healthcare_assignments DROP COLUMN "Phone";
            ALTER TABLE yizheng_healthcare_assignments DROP COLUMN "PhoneHash";
            ALTER TABLE yizheng_healthcare_assignments DROP COLUMN "HealthNoteSealed";
            UPDATE portal_schema SET version = 1 WHERE module LIKE '%Healthcare%';
            DROP INDEX "IX_AspNetUsers_PhoneNumberHash";
            ALTER TABLE "AspNetUsers" DROP COLUMN "PhoneNumberSealed";
            ALTER TABLE "AspNetUsers" DROP COLUMN "PhoneNumberHash";
            UPDATE "AspNetUsers" SET "PhoneNumber" = '13761200917' WHERE "UserName" = 'clerk';
            UPDATE portal_schema SET version = 1 WHERE module LIKE '%Users%';
            INSERT INTO yizheng_healthcare_assignments ("RetireeName", "Unit", "DoctorName", "DoctorPhone", "HealthNote", "Hospital", "GreenChannelContact", "GreenChannelPhone", "UpdatedUtc", "UpdatedBy", "Version")
            VALUES ('马长林', '旧版县财政局', '', '', '慢性支气管炎，冬季易复发。', '', '', '', '2024-05-01 08:00:00', '配方', 1);
            """);

        // The account's number from before version 2 is still plain, and still signs in.
        using var clerk = await Browser.SignedInAsync(factory, county, "13761200917", "Jiuban#2024");
        var id = await ScalarAsync(connections, county, "SELECT \"Id\" FROM yizheng_healthcare_assignments WHERE \"RetireeName\" = '马长林'");
        var edit = $"/{county}/healthcare/records/edit/{id}";
        Assert.Contains("慢性支气管炎", await clerk.GetStringAsync(edit), StringComparison.Ordinal);

        var saved = await Browser.PostFormAsync(clerk, edit, new()
        {
            ["Input.Id"] = id!, ["Input.Version"] = "1", ["Input.RetireeName"] = "马长林", ["Input.Unit"] = "旧版县财政局",
            ["Input.HealthNote"] = "慢性支气管炎，冬季易复发。", ["Input.Phone"] = "13761200917",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("", await ScalarAsync(connections, county, $"SELECT \"HealthNote\" FROM yizheng_healthcare_assignments WHERE \"Id\" = {id}"));
        Assert.StartsWith("pd1.", await ScalarAsync(connections, county, $"SELECT \"HealthNoteSealed\" FROM yizheng_healthcare_assignments WHERE \"Id\" = {id}"), StringComparison.Ordinal);
        Assert.Contains("慢性支气管炎", await clerk.GetStringAsync(edit), StringComparison.Ordinal);
    }

    private async Task ExecuteAsync(DatabaseConnections connections, string database, string sql) => await ScalarAsync(connections, database, sql);

    private async Task<string?> ScalarAsync(DatabaseConnections connections, string database, string sql)
    {
        await using DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(connections.ConnectionString(provider, database))
            : new NpgsqlConnection(connections.ConnectionString(provider, database));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // test SQL written in this file
        command.CommandText = sql;
#pragma warning restore CA2100
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}

public sealed class SqliteProtectionUpgradeTests() : ProtectionUpgradeTests(DatabaseProvider.Sqlite);

public sealed class PostgresProtectionUpgradeTests() : ProtectionUpgradeTests(DatabaseProvider.Postgres);

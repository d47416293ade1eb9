using System.Data.Common;
using System.Net;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.Core.Data;
using Portal.Core.Data.Protection;
using Portal.Core.Security;
using Portal.Modules.Audit.Persistence;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Protection;

/// <summary>Personal fields of the health desk: sealed at rest, found by keyed hash, refused when altered, revealed only with an audit entry.</summary>
public abstract class ProtectedDataTests(ProtectedDataFixture fixture)
{
    // The plugin's types live in its own load context, so the test reads its table with SQL.
    private const string Table = "yizheng_healthcare_assignments";
    private const string NotePurpose = "healthcare.healthNote";
    private const string PhonePurpose = "healthcare.phone";
    private const string IdPurpose = "healthcare.idNumber";

    [Fact]
    public async Task RawDatabase_HoldsNoPlaintextOfAProtectedValue()
    {
        var raw = await RawTenantDataAsync();
        Assert.Contains("沈国梁", raw, StringComparison.Ordinal); // the reading works: a name is plain on purpose
        Assert.Contains("pd1.", raw, StringComparison.Ordinal);
        foreach (var secret in new[] { ProtectedDataFixture.IdNumber, ProtectedDataFixture.IdNumber[..17], ProtectedDataFixture.Phone, ProtectedDataFixture.HealthNote, "冠心病", "83462211", ProtectedDataFixture.RetireePhone })
        {
            Assert.DoesNotContain(secret, raw, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AccountPhone_IsSealed_YetTheRetireeStillSignsInWithIt_AndTheAccountListShowsItMasked()
    {
        using var retiree = fixture.Factory.CreateBrowser();
        var signIn = await Browser.PostLoginAsync(retiree, fixture.County, ProtectedDataFixture.RetireePhone, ProtectedDataFixture.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var sysadmin = await Browser.SignedInAsync(fixture.Factory, fixture.County, "sysadmin", ProtectedDataFixture.Password);
        var list = await sysadmin.GetStringAsync($"/{fixture.County}/admin/users?q={ProtectedDataFixture.RetireePhone}");
        Assert.Contains("shenguoliang", list, StringComparison.Ordinal);
        Assert.Contains("139****3425", list, StringComparison.Ordinal);
        Assert.DoesNotContain(ProtectedDataFixture.RetireePhone, list.Replace($"q={ProtectedDataFixture.RetireePhone}", "", StringComparison.Ordinal).Replace($"value=\"{ProtectedDataFixture.RetireePhone}\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("", await ScalarAsync("SELECT \"PhoneNumber\" FROM \"AspNetUsers\" WHERE \"UserName\" = 'shenguoliang'")); // NULL reads as ""
    }

    [Fact]
    public async Task List_ShowsNumbersMasked_AndFindsARecordByIdNumberOrPhoneHowEverTyped()
    {
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ProtectedDataFixture.Password);
        var list = await clerk.GetStringAsync($"/{fixture.County}/healthcare/records");
        Assert.Contains("3210**********012X", list, StringComparison.Ordinal);
        Assert.Contains("138****7203", list, StringComparison.Ordinal);
        Assert.DoesNotContain(ProtectedDataFixture.IdNumber, list, StringComparison.Ordinal);

        // Lower-case x, the old 15-digit number, and a phone typed with +86 and dashes all find the same person.
        foreach (var typed in new[] { ProtectedDataFixture.IdNumber.ToLowerInvariant(), ProtectedDataFixture.OldIdNumber, "+86 138-5146-7203" })
        {
            var found = await clerk.GetStringAsync($"/{fixture.County}/healthcare/records?q={Uri.EscapeDataString(typed)}");
            Assert.Contains("沈国梁", found, StringComparison.Ordinal);
            Assert.DoesNotContain("顾美珍", found, StringComparison.Ordinal);
        }

        await using var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var hash = await protector.IdNumberHashAsync(ProtectedDataFixture.OldIdNumber);
        Assert.Equal("沈国梁", await ScalarAsync($"SELECT \"RetireeName\" FROM {Table} WHERE \"IdNumberHash\" = '{hash}'"));
    }

    [Fact]
    public async Task TamperedCiphertext_AndAValueMovedToAnotherField_AreRefused()
    {
        await using var scope = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var id = await ScalarAsync($"SELECT \"Id\" FROM {Table} WHERE \"RetireeName\" = '顾美珍'");
        var stored = (await ScalarAsync($"SELECT \"HealthNoteSealed\" FROM {Table} WHERE \"Id\" = {id}"))!;
        var phone = new ProtectedText((await ScalarAsync($"SELECT \"Phone\" FROM {Table} WHERE \"Id\" = {id}"))!);
        Assert.Equal("骨质疏松，外出需有人陪同。", await protector.UnprotectAsync(new ProtectedText(stored), NotePurpose));

        // One byte of the ciphertext changed in the database, as an attacker with write access would.
        var parts = stored.Split('.');
        var bytes = Convert.FromBase64String(parts[3]);
        bytes[0] ^= 0x01;
        var tampered = string.Join('.', parts[0], parts[1], parts[2], Convert.ToBase64String(bytes));
        await ScalarAsync($"UPDATE {Table} SET \"HealthNoteSealed\" = '{tampered}' WHERE \"Id\" = {id}");
        var reread = new ProtectedText((await ScalarAsync($"SELECT \"HealthNoteSealed\" FROM {Table} WHERE \"Id\" = {id}"))!);
        await Assert.ThrowsAsync<ProtectedDataException>(async () => await protector.UnprotectAsync(reread, NotePurpose));
        await Assert.ThrowsAsync<ProtectedDataException>(async () => await protector.UnprotectAsync(new ProtectedText("高血压"), NotePurpose));

        // An intact ciphertext copied into another field does not open there either.
        Assert.Equal("0514-8346 2211", await protector.UnprotectAsync(phone, PhonePurpose));
        await Assert.ThrowsAsync<ProtectedDataException>(async () => await protector.UnprotectAsync(phone, IdPurpose));
        await ScalarAsync($"UPDATE {Table} SET \"HealthNoteSealed\" = '{stored}' WHERE \"Id\" = {id}");
    }

    [Fact]
    public async Task Reveal_ShowsTheFullNumber_AndWritesAnAuditEntry()
    {
        using var clerk = await Browser.SignedInAsync(fixture.Factory, fixture.County, "clerk", ProtectedDataFixture.Password);
        var id = await ScalarAsync($"SELECT \"Id\" FROM {Table} WHERE \"RetireeName\" = '沈国梁'");

        var edit = $"/{fixture.County}/healthcare/records/edit/{id}";
        var page = await clerk.GetStringAsync(edit);
        Assert.Contains("3210**********012X", page, StringComparison.Ordinal);
        Assert.Contains(ProtectedDataFixture.HealthNote, page, StringComparison.Ordinal);
        Assert.DoesNotContain(ProtectedDataFixture.IdNumber, page, StringComparison.Ordinal);

        var revealed = await Browser.PostFormAsync(clerk, edit + "?handler=Reveal", new() { ["field"] = "idNumber" }, edit);
        Assert.Equal(HttpStatusCode.OK, revealed.StatusCode);
        Assert.Contains(ProtectedDataFixture.IdNumber, await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var audit = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        var entries = await audit.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking()
            .Where(r => r.Action == AuditActions.PersonReveal).ToListAsync();
        var entry = Assert.Single(entries, e => e.Target.Contains("沈国梁", StringComparison.Ordinal) && e.Account == "clerk");
        Assert.Equal("查看完整身份证号", entry.Detail);
        Assert.DoesNotContain(ProtectedDataFixture.IdNumber, entry.Target + entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotatedKey_SealsNewValues_WhileOldValuesStillOpen()
    {
        var tenant = Infrastructure.TestRecipes.NewName("lunhuan");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "tenant", "name": "{{tenant}}", "displayName": "轮换测试县", "features": ["Yizheng.Healthcare"] } ] }
            """);
        await using var scope = await TenantScope.CreateAsync(fixture.Factory, tenant);
        var protector = scope.ServiceProvider.GetRequiredService<PersonalDataProtector>();
        var before = await protector.ProtectAsync("13905140001", PhonePurpose);
        var hashBefore = await protector.PhoneHashAsync("13905140001");
        Assert.Equal(2, await fixture.Factory.Get<TenantKeyRing>().RotateAsync(tenant));
        var after = await protector.ProtectAsync("13905140001", PhonePurpose);

        Assert.StartsWith("pd1.1.", before.Stored, StringComparison.Ordinal);
        Assert.StartsWith("pd1.2.", after.Stored, StringComparison.Ordinal);
        Assert.Equal("13905140001", await protector.UnprotectAsync(before, PhonePurpose));
        Assert.Equal("13905140001", await protector.UnprotectAsync(after, PhonePurpose));
        Assert.Equal(hashBefore, await protector.PhoneHashAsync("139 0514 0001"));

        // Another tenant's keys do not open this tenant's values.
        await using var other = await TenantScope.CreateAsync(fixture.Factory, fixture.County);
        await Assert.ThrowsAsync<ProtectedDataException>(async () => await other.ServiceProvider.GetRequiredService<PersonalDataProtector>().UnprotectAsync(before, PhonePurpose));
    }

    /// <summary>Everything the tenant's database holds: the SQLite file and its WAL as bytes, or every PostgreSQL row as text.</summary>
    private async Task<string> RawTenantDataAsync()
    {
        var connections = fixture.Factory.Get<DatabaseConnections>();
        var provider = fixture.Factory.Database.Provider;
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(connections.ConnectionString(provider, fixture.County)).DataSource;
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

        await using var connection = new NpgsqlConnection(connections.ConnectionString(provider, fixture.County));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT (SELECT string_agg(t::text, E'\\n') FROM {Table} t) || (SELECT string_agg(u::text, E'\\n') FROM \"AspNetUsers\" u)", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string?> ScalarAsync(string sql)
    {
        var connections = fixture.Factory.Get<DatabaseConnections>();
        var provider = fixture.Factory.Database.Provider;
        await using DbConnection connection = provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(connections.ConnectionString(provider, fixture.County))
            : new NpgsqlConnection(connections.ConnectionString(provider, fixture.County));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // test SQL built from constants and a value this test produced
        command.CommandText = sql;
#pragma warning restore CA2100
        return (await command.ExecuteScalarAsync())?.ToString();
    }
}

public sealed class SqliteProtectedDataTests(SqliteProtectedData fixture) : ProtectedDataTests(fixture), IClassFixture<SqliteProtectedData>;

public sealed class PostgresProtectedDataTests(PostgresProtectedData fixture) : ProtectedDataTests(fixture), IClassFixture<PostgresProtectedData>;

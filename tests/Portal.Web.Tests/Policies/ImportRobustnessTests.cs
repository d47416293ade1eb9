using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Policies.Persistence;
using Portal.Web.Tests.Cli;
using Portal.Web.Tests.Security;
using Xunit;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// Outside review (issue 14), finding 7 (ADR 0027): a file that cannot be read whole is refused whole with one message
/// naming where it broke, and nothing is written; a readable file has every bad line reported with its number and the
/// rest imported. Through the real command line (its own process: exit 1, the message on stderr, never a stack trace
/// or exit 134) and through the admin upload page (never a 500).
/// </summary>
public abstract class ImportRobustnessTests(PoliciesFixture fixture)
{
    private const string Password = "Gaoyou#2024ok";

    public static TheoryData<string> Files => new(DamagedImportFile.Names);

    [Theory]
    [MemberData(nameof(Files))]
    public async Task CommandLine_RefusesAnUnreadableFileWhole_OrReportsEveryBadLine(string name)
    {
        var file = DamagedImportFile.Get(name);
        var tenant = await fixture.NewCountyAsync("gaoyou");
        var path = Path.Combine(fixture.Factory.Database.DataFolder, $"{tenant}-{name}.jsonl{(name.EndsWith("gzip", StringComparison.Ordinal) ? ".gz" : "")}");
        await File.WriteAllBytesAsync(path, file.Content);

        var (code, output, error) = await CliProcess.RunAsync(fixture.Factory, "policies", "import", "--tenant", tenant, "--file", path);

        Assert.True(code == 1, $"exit {code}\n{output}\n{error}");
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
        foreach (var words in file.Says)
        {
            Assert.Contains(words, error, StringComparison.Ordinal);
        }

        foreach (var line in file.BadLines)
        {
            Assert.Contains($"第 {line} 行", error, StringComparison.Ordinal);
        }

        if (file.RefusedWhole)
        {
            Assert.Single(error.Trim().Split('\n'));
        }

        await AssertDocumentsAsync(tenant, file);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task UploadPage_RefusesAnUnreadableFileWhole_OrReportsEveryBadLine(string name)
    {
        var file = DamagedImportFile.Get(name);
        var tenant = await fixture.NewCountyAsync("gaoyou");
        await fixture.Factory.RunRecipeAsync($$"""
            { "name": "t", "steps": [ { "step": "users", "tenant": "{{tenant}}", "users": [
              { "userName": "bianji", "displayName": "孙文静", "password": "{{Password}}", "roles": ["编辑"] } ] } ] }
            """);
        using var editor = await Browser.SignedInAsync(fixture.Factory, tenant, "bianji", Password);
        var page = $"/{tenant}/admin/policies/import";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Browser.Token(await editor.GetStringAsync(page))), "__RequestVerificationToken" },
            { new ByteArrayContent(file.Content), "file", name.EndsWith("gzip", StringComparison.Ordinal) ? "gaoyou.jsonl.gz" : "gaoyou.jsonl" },
        };

        var response = await editor.PostAsync(page, form);

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}\n{html}");
        foreach (var words in file.Says)
        {
            Assert.Contains(words, html, StringComparison.Ordinal);
        }

        foreach (var line in file.BadLines)
        {
            Assert.Contains($"<tr><td>{line}</td>", html, StringComparison.Ordinal);
        }

        Assert.Equal(file.RefusedWhole, !html.Contains("导入结果", StringComparison.Ordinal));
        await AssertDocumentsAsync(tenant, file);
    }

    /// <summary>Nothing of a refused file; every good line of a readable one.</summary>
    private async Task AssertDocumentsAsync(string tenant, DamagedImportFile file)
    {
        await using var scope = await fixture.ScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        Assert.Equal(file.RefusedWhole ? 0 : DamagedImportFile.Lines - file.BadLines.Length, await db.Documents.CountAsync());
        if (file.RefusedWhole)
        {
            var events = scope.ServiceProvider.GetRequiredService<Portal.Core.Events.EventsDbContext>();
            Assert.Equal(0, await events.Events.CountAsync(e => e.Type == "policies.document-changed"));
        }
    }
}

public sealed class SqliteImportRobustnessTests(SqlitePolicies fixture) : ImportRobustnessTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresImportRobustnessTests(PostgresPolicies fixture) : ImportRobustnessTests(fixture), IClassFixture<PostgresPolicies>;

using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Content.Features.Import;
using Portal.Web.Tests.Cli;
using Xunit;

namespace Portal.Web.Tests.Content;

/// <summary>Migration from an old site: line-numbered report, idempotent by externalId, HTML sanitized, times kept, damaged files refused whole.</summary>
public abstract class ContentImportTests<TFixture>(TFixture fixture) : ContentTestBase<TFixture>(fixture)
    where TFixture : ContentFixture
{
    private const string OldSite = """
        {"externalId":"old-2019-0412","column":"news","kind":"article","title":"县老干部局组织老同志参观新农村建设","author":"办公室","source":"南湖县委老干部局","publishedAt":"2019-04-12T09:30:00+08:00","html":"<p>参观了三个示范村。</p><script>alert(1)</script><p onclick=\"x()\">老同志们纷纷点赞。</p>"}
        {"externalId":"old-2020-0101","column":"xiaoxi","kind":"notice","title":"元旦放假安排","publishedAt":"2019-12-31T20:00:00Z","markdown":"1月1日放假一天。"}
        {"externalId":"old-bad-kind","column":"news","kind":"video","title":"不认识的类型","markdown":"x"}
        {"externalId":"old-no-body","column":"news","title":"没有正文"}
        这一行不是 JSON
        {"externalId":"old-2019-0412","column":"news","title":"重复的编号","markdown":"x"}
        {"externalId":"old-bad-time","column":"news","title":"时间写错","publishedAt":"去年春天","markdown":"x"}
        {"externalId":"old-with-file","column":"news","title":"带附件","markdown":"x","attachments":["/tmp/a.pdf"]}
        """;

    [Fact]
    public async Task Import_ReportsEachBadLine_PublishesTheGoodOnes_AndARerunChangesNothing()
    {
        var county = await Fixture.NewCountyAsync("daoru");
        var first = await ImportAsync(county, Encoding.UTF8.GetBytes(OldSite));

        Assert.Null(first.Refused);
        Assert.Equal((8, 2, 0), (first.Lines, first.Added, first.Updated));
        Assert.Equal([3, 4, 5, 6, 7, 8], first.Errors.Select(e => e.Line));
        Assert.Contains("video", first.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("markdown 或 html", first.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("与第 1 行重复", first.Errors[3].Reason, StringComparison.Ordinal);
        Assert.Contains("ISO 8601", first.Errors[4].Reason, StringComparison.Ordinal);
        Assert.Contains("附件", first.Errors[5].Reason, StringComparison.Ordinal);
        Assert.Equal(["xiaoxi"], first.ColumnsCreated);

        var browser = Fixture.Factory.CreateBrowser();
        var column = await browser.GetStringAsync($"/{county}/columns/news");
        Assert.Contains("县老干部局组织老同志参观新农村建设", column, StringComparison.Ordinal);
        Assert.Contains("2019-04-12", column, StringComparison.Ordinal);
        var link = System.Text.RegularExpressions.Regex.Match(column, $"href=\"(/{county}/articles/\\d+)\"").Groups[1].Value;
        var article = await browser.GetStringAsync(link);
        Assert.Contains("2019-04-12 09:30", article, StringComparison.Ordinal);
        Assert.Contains("老同志们纷纷点赞。", article, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", article, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", article, StringComparison.Ordinal);
        Assert.Contains("2020-01-01", await browser.GetStringAsync($"/{county}/columns/xiaoxi"), StringComparison.Ordinal); // 20:00 UTC is the next morning in Beijing

        var second = await ImportAsync(county, Encoding.UTF8.GetBytes(OldSite));
        Assert.Equal((0, 0, 2), (second.Added, second.Updated, second.Unchanged));
    }

    [Fact]
    public async Task Attachments_GoIntoTheMediaLibrary_AndShowOnTheArticle_ForTheCountyAndWhereItIsShared()
    {
        var folder = Directory.CreateTempSubdirectory("content-import-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "体检须知.pdf"), MinimalPdf);
        var file = $$"""
            {"externalId":"att-1","column":"notices","kind":"notice","title":"关于体检的补充通知","markdown":"详见附件。","attachments":["体检须知.pdf"]}
            {"externalId":"att-2","column":"notices","kind":"notice","title":"附件不存在的通知","markdown":"x","attachments":["没有这个文件.pdf"]}
            {"externalId":"att-3","column":"notices","kind":"notice","title":"附件是网页的通知","markdown":"x","attachments":["page.pdf"]}
            """;
        await File.WriteAllTextAsync(Path.Combine(folder, "page.pdf"), "<html><script>alert(1)</script></html>");
        var county = await Fixture.NewCountyAsync("fujian");

        ContentImportReport report;
        await using (var scope = await Fixture.ScopeAsync(county))
        {
            report = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(file)), "测试导入", folder);
        }

        Assert.Equal(1, report.Added);
        Assert.Equal([2, 3], report.Errors.Select(e => e.Line));
        Assert.Contains("不存在", report.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("未能存入媒体库", report.Errors[1].Reason, StringComparison.Ordinal);

        var browser = Fixture.Factory.CreateBrowser();
        var column = await browser.GetStringAsync($"/{county}/columns/notices");
        var article = await browser.GetStringAsync(System.Text.RegularExpressions.Regex.Match(column, $"href=\"(/{county}/articles/\\d+)\"").Groups[1].Value);
        var link = System.Text.RegularExpressions.Regex.Match(article, $"<a href=\"(/{county}/files/\\d+/[^\"]+)\">体检须知.pdf</a>").Groups[1].Value;
        Assert.NotEmpty(link);
        var download = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The smallest PDF a reader opens: one empty page.</summary>
    private const string MinimalPdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

    [Fact]
    public async Task DamagedGzip_IsRefusedWhole_BeforeAnythingIsWritten()
    {
        var county = await Fixture.NewCountyAsync("sunhuai");
        using var packed = new MemoryStream();
        await using (var gzip = new GZipStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(OldSite));
        }

        var bytes = packed.ToArray()[..(int)(packed.Length * 2 / 3)];
        var report = await ImportAsync(county, bytes);

        Assert.NotNull(report.Refused);
        Assert.Contains("整个文件未导入", report.Refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Fixture.Factory.CreateBrowser().GetAsync($"/{county}/columns/news")).StatusCode);
    }

    private async Task<ContentImportReport> ImportAsync(string county, byte[] file)
    {
        await using var scope = await Fixture.ScopeAsync(county);
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(new MemoryStream(file), "测试导入");
    }
}

public sealed class SqliteContentImportTests(SqliteContent fixture) : ContentImportTests<SqliteContent>(fixture);

public sealed class PostgresContentImportTests(PostgresContent fixture) : ContentImportTests<PostgresContent>(fixture);

/// <summary>The verb itself: exit code, JSON report with line numbers.</summary>
[Collection(CliTestGroup.Name)]
public sealed class ContentCommandLineTests : IAsyncLifetime
{
    private Infrastructure.PortalFactory _host = null!;

    public async Task InitializeAsync() => _host = await Infrastructure.PortalFactory.StartAsync(Portal.Core.Data.DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ContentImport_JsonReport_NamesTheRefusedLine_AndExitsNonZero()
    {
        var data = _host.Database.DataFolder;
        var file = Path.Combine(data, "old-site.jsonl");
        await File.WriteAllTextAsync(file, """
            {"externalId":"a-1","column":"news","title":"老干部春节团拜会举行","publishedAt":"2021-02-05T10:00:00","markdown":"团拜会上，老同志们欢聚一堂。"}
            {"externalId":"a-2","column":"news","title":"","markdown":"没有标题的一篇。"}
            """);
        Assert.Equal(0, (await CliRun.RunAsync("tenants", "create", "jinhuxian", "--display-name", "金湖县老干部工作网", "--data", data)).ExitCode);

        var (code, output, _) = await CliRun.RunAsync("content", "import", "--tenant", "jinhuxian", "--file", file, "--json", "--data", data);

        Assert.Equal(1, code);
        using var report = JsonDocument.Parse(output);
        Assert.Equal(1, report.RootElement.GetProperty("added").GetInt32());
        var error = report.RootElement.GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.Contains("标题", error.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }
}

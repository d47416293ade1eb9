using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Modules.Policies.Features.ImportPolicies;
using Portal.Modules.Policies.Persistence;
using Xunit;

namespace Portal.Web.Tests.Policies;

public abstract class PolicyImportTests(PoliciesFixture fixture)
{
    private const string File = """
        {"id":"imp-1","title":"南湖县离退休干部生活补贴发放办法","issuer":"南湖县委老干部局","doc_number":"南老干[2023]4号","date":"2023-02-01","category":"生活待遇","body":"补贴每季度发放一次。","level":"县","extra":[1,2]}
        {"id":"imp-2","title":"缺右括号的行"
        {"id":"imp-3","issuer":"南湖县委老干部局","body":"没有标题"}
        {"id":"imp-4","title":"日期写错的文件","date":"2023-13-45"}

        {"id":"imp-1","title":"重复的编号"}
        {"id":5,"title":"南湖县老干部活动室开放时间的通知","date":"2024-06-01","body":"活动室每天上午开放。"}
        {"id":"imp-6","title":123}
        """;

    [Fact]
    public async Task Import_ReportsEachBadLineWithItsNumberAndReason_AndImportsTheRest()
    {
        var tenant = await fixture.NewCountyAsync("nanhu");
        var report = await ImportAsync(tenant, File, gzip: false);

        Assert.Equal(2, report.Added);
        Assert.Equal([2, 3, 4, 6, 8], report.Errors.Select(e => e.Line));
        Assert.Contains("JSON", report.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("title", report.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Contains("2023-13-45", report.Errors[2].Reason, StringComparison.Ordinal);
        Assert.Contains("第 1 行", report.Errors[3].Reason, StringComparison.Ordinal);
        Assert.Contains("文字", report.Errors[4].Reason, StringComparison.Ordinal);

        using var client = fixture.Factory.CreateBrowser();
        var result = await PolicyApi.SearchAsync(client, tenant, PolicyApi.Q("南老干〔2023〕4号"));
        Assert.Equal("南湖县离退休干部生活补贴发放办法", PolicyApi.Titles(result)[0]);
    }

    [Fact]
    public async Task Import_Twice_ChangesNothing_AndAChangedLineUpdatesTheSameDocument()
    {
        var tenant = await fixture.NewCountyAsync("beishan");
        await ImportAsync(tenant, File, gzip: true);
        var (documents, tasks) = await CountAsync(tenant);

        var again = await ImportAsync(tenant, File, gzip: true);
        Assert.Equal((0, 0, 2), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal((documents, tasks), await CountAsync(tenant));

        var changed = await ImportAsync(tenant, File.Replace("补贴每季度发放一次。", "补贴每月发放一次。", StringComparison.Ordinal), gzip: false);
        Assert.Equal((0, 1), (changed.Added, changed.Updated));
        Assert.Equal(documents, (await CountAsync(tenant)).Documents);
        using var client = fixture.Factory.CreateBrowser();
        var result = await PolicyApi.SearchAsync(client, tenant, PolicyApi.Q("补贴每月发放"));
        Assert.Equal("南湖县离退休干部生活补贴发放办法", PolicyApi.Titles(result)[0]);
    }

    private async Task<ImportReport> ImportAsync(string tenant, string text, bool gzip)
    {
        await using var scope = await fixture.ScopeAsync(tenant);
        using var stream = new MemoryStream();
        if (gzip)
        {
            await using (var zip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
            {
                await zip.WriteAsync(Encoding.UTF8.GetBytes(text));
            }
        }
        else
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(text));
        }

        stream.Position = 0;
        return await scope.ServiceProvider.GetRequiredService<PolicyImporter>().ImportAsync(stream);
    }

    private async Task<(int Documents, int Events)> CountAsync(string tenant)
    {
        await using var scope = await fixture.ScopeAsync(tenant);
        var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
        var events = scope.ServiceProvider.GetRequiredService<Portal.Core.Events.EventsDbContext>();
        return (await db.Documents.CountAsync(), await events.Events.CountAsync(e => e.Type == "policies.document-changed"));
    }
}

public sealed class SqlitePolicyImportTests(SqlitePolicies fixture) : PolicyImportTests(fixture), IClassFixture<SqlitePolicies>;

public sealed class PostgresPolicyImportTests(PostgresPolicies fixture) : PolicyImportTests(fixture), IClassFixture<PostgresPolicies>;

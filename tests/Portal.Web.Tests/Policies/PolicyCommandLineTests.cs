using System.Net;
using Portal.Core.Data;
using Portal.Web.Tests.Cli;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Policies;

[Collection(CliTestGroup.Name)]
public sealed class PolicyCommandLineTests : IAsyncLifetime
{
    private PortalFactory _host = null!;
    private string _file = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalFactory.StartAsync(DatabaseProvider.Sqlite);
        _file = Path.Combine(_host.Database.DataFolder, "import.jsonl");
        await File.WriteAllTextAsync(_file, """
            {"id":"k-1","title":"金湖县离休干部医疗待遇落实办法","doc_number":"金老干[2022]6号","date":"2022-06-01","body":"离休干部看病实行绿色通道。"}
            {"id":"k-2","title":"没有日期格式的文件","date":"去年"}
            """);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task PoliciesImport_ReportsBadLines_ThenSearchRebuild_WorksWithAndWithoutTheRunningSite()
    {
        var data = _host.Database.DataFolder;
        Assert.Equal(0, (await CliRun.RunAsync("tenants", "create", "jinhuxian", "--display-name", "金湖县老干部工作网", "--data", data)).ExitCode);

        var (code, output, error) = await CliRun.RunAsync("policies", "import", "--tenant", "jinhuxian", "--file", _file, "--data", data);
        Assert.Equal(1, code);
        Assert.Contains("新增 1", output, StringComparison.Ordinal);
        Assert.Contains("第 2 行", error, StringComparison.Ordinal);
        Assert.Contains("已可检索", output, StringComparison.Ordinal);

        (code, output, _) = await CliRun.RunAsync("search", "rebuild", "--tenant", "jinhuxian", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("索引已重建：1 份文件", output, StringComparison.Ordinal);

        // The running site now opens the index; a rebuild from the command line is handed to it through the task table.
        // First let the host apply the registry change of "tenants create": applied later, it would evict the
        // site (closing its index) between the search below and the second rebuild.
        await _host.Get<Portal.Core.Tenants.RegistrySync>().SyncAsync();
        using var browser = _host.CreateBrowser();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        HttpResponseMessage response;
        do
        {
            response = await browser.GetAsync("/jinhuxian/api/policies/search?q=" + Uri.EscapeDataString("金老干〔2022〕6号"));
            await Task.Delay(200);
        }
        while (response.StatusCode != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Contains("金湖县离休干部医疗待遇落实办法", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        (code, output, _) = await CliRun.RunAsync("search", "rebuild", "--tenant", "jinhuxian", "--data", data);
        Assert.Equal(0, code);
        Assert.Contains("已请求重建", output, StringComparison.Ordinal);
        Assert.Contains("金湖县离休干部医疗待遇落实办法", await browser.GetStringAsync("/jinhuxian/api/policies/search?q=" + Uri.EscapeDataString("看病")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_IsReported()
    {
        var (code, _, error) = await CliRun.RunAsync("nosuchverb", "--data", _host.Database.DataFolder);
        Assert.Equal(2, code);
        Assert.Contains("未知命令", error, StringComparison.Ordinal);
    }
}

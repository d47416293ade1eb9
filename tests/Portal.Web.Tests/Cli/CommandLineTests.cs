using System.Net;
using System.Text.Json;
using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Cli;

[Collection(CliTestGroup.Name)]
public sealed class CommandLineTests : IAsyncLifetime
{
    private PortalFactory _host = null!;

    public async Task InitializeAsync() => _host = await PortalFactory.StartAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Data => _host.Database.DataFolder;

    [Fact]
    public async Task TenantCreatedByTheCli_IsServedByTheRunningHost_WithinSeconds()
    {
        Assert.Equal(0, (await CliRun.RunAsync("tenants", "create", "baoying", "--display-name", "宝应县老干部工作网", "--data", Data)).ExitCode);
        using var browser = _host.CreateBrowser();
        Assert.Contains("宝应县老干部工作网", await WaitForAsync(browser, "/baoying/", HttpStatusCode.OK), StringComparison.Ordinal);

        Assert.Equal(0, (await CliRun.RunAsync("recipes", "run", Path.Combine(AppContext.BaseDirectory, "recipes", "demo.recipe.json"), "--data", Data)).ExitCode);
        Assert.Equal(0, (await CliRun.RunAsync("features", "enable", "Yizheng.Healthcare", "--tenant", "baoying", "--data", Data)).ExitCode);
        await WaitForAsync(browser, "/baoying/healthcare", HttpStatusCode.OK);
        Assert.Equal(0, (await CliRun.RunAsync("features", "disable", "Yizheng.Healthcare", "--tenant", "baoying", "--data", Data)).ExitCode);
        await WaitForAsync(browser, "/baoying/healthcare", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ListingVerbs_PrintJson()
    {
        await CliRun.RunAsync("tenants", "create", "jinhu", "--display-name", "金湖县老干部工作网", "--data", Data);
        var (code, output, _) = await CliRun.RunAsync("tenants", "list", "--json", "--data", Data);
        Assert.Equal(0, code);
        using var tenants = JsonDocument.Parse(output);
        Assert.Contains(tenants.RootElement.EnumerateArray(), t => t.GetProperty("name").GetString() == "jinhu" && t.GetProperty("state").GetString() == "Running");

        (code, output, _) = await CliRun.RunAsync("features", "list", "--tenant", "jinhu", "--json", "--data", Data);
        Assert.Equal(0, code);
        using var features = JsonDocument.Parse(output);
        Assert.Contains(features.RootElement.EnumerateArray(), f => f.GetProperty("id").GetString() == "Yizheng.Healthcare" && f.GetProperty("isPlugin").GetBoolean());
    }

    [Fact]
    public async Task Errors_ExitNonZero_WithOneLineMessage()
    {
        var (code, _, error) = await CliRun.RunAsync("tenants", "create", "admin", "--display-name", "保留字", "--data", Data);
        Assert.Equal(1, code);
        Assert.Contains("保留字", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));

        (code, _, error) = await CliRun.RunAsync("features", "enable", "Portal.Nope", "--tenant", "nosuch", "--data", Data);
        Assert.NotEqual(0, code);
        Assert.Contains("不存在", error, StringComparison.Ordinal);

        (code, _, error) = await CliRun.RunAsync("recipes", "run", "/no/such/recipe.json", "--data", Data);
        Assert.NotEqual(0, code);
        Assert.Contains("找不到配方文件", error, StringComparison.Ordinal);
    }

    private static async Task<string> WaitForAsync(HttpClient browser, string path, HttpStatusCode status)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await browser.GetAsync(path);
            if (response.StatusCode == status)
            {
                return await response.Content.ReadAsStringAsync();
            }

            Assert.True(attempt < 50, $"{path} still answered {response.StatusCode} after 10 s");
            await Task.Delay(200);
        }
    }
}

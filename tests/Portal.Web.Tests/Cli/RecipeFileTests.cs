using Portal.Core.Data;
using Portal.Web.Tests.Infrastructure;
using Xunit;

namespace Portal.Web.Tests.Cli;

/// <summary>Outside review (issue 14), findings 13 and 14: what a recipe may read, and the command line's help.</summary>
[Collection(CliTestGroup.Name)]
public sealed class RecipeFileTests : IAsyncLifetime
{
    // The smallest valid PNG: one transparent pixel.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private PortalFactory _host = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _host = await PortalFactory.StartAsync(DatabaseProvider.Sqlite);
        _folder = Directory.CreateTempSubdirectory("portal-recipe-").FullName;
        await CliRun.RunAsync("tenants", "create", "baoying", "--display-name", "宝应县老干部工作网", "--data", Data);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private string Data => _host.Database.DataFolder;

    [Theory]
    [InlineData("../../../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("media/../../outside.png")]
    public async Task LogoPathOutsideTheRecipesFolder_IsRefused_AndNothingIsPublished(string logo)
    {
        await File.WriteAllBytesAsync(Path.Combine(Path.GetDirectoryName(_folder)!, "outside.png"), Png);
        var (code, _, error) = await RunRecipeAsync(logo);
        Assert.Equal(1, code);
        Assert.Contains("必须位于配方所在目录之内", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Data, "Sites", "baoying", "media")));
    }

    [Fact]
    public async Task SvgLogo_IsRefused_ButAPngInTheFolderIsPublished()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "media"));
        await File.WriteAllTextAsync(Path.Combine(_folder, "media", "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        var (code, _, error) = await RunRecipeAsync("media/logo.svg");
        Assert.Equal(1, code);
        Assert.Contains("只能是 PNG", error, StringComparison.Ordinal);

        await File.WriteAllBytesAsync(Path.Combine(_folder, "media", "logo.png"), Png);
        Assert.Equal(0, (await RunRecipeAsync("media/logo.png")).ExitCode);
        Assert.Single(Directory.GetFiles(Path.Combine(Data, "Sites", "baoying", "media"), "logo-*.png"));
    }

    [Fact]
    public async Task RecipeFromADevice_FailsWithOneLine()
    {
        var (code, _, error) = await CliRun.RunAsync("recipes", "run", "/dev/zero", "--data", Data);
        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains("不是配方文件", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_PrintsUsage_AndExits(string flag)
    {
        var run = CliRun.RunAsync(flag);
        // A host that starts instead of printing help never returns: fail rather than hang the suite.
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60))));
        var (code, output, _) = await run;
        Assert.Equal(0, code);
        Assert.Contains("用法：", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunRecipeAsync(string logo)
    {
        var recipe = Path.Combine(_folder, "branding.recipe.json");
        await File.WriteAllTextAsync(recipe, $$"""
            { "name": "logo", "steps": [ { "step": "branding", "tenant": "baoying", "logo": "{{logo}}" } ] }
            """);
        return await CliRun.RunAsync("recipes", "run", recipe, "--data", Data);
    }
}

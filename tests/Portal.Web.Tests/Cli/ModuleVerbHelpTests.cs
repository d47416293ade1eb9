using Xunit;

namespace Portal.Web.Tests.Cli;

[Collection(CliTestGroup.Name)]
public sealed class ModuleVerbHelpTests
{
    [Fact]
    public async Task Help_PrintsTheUsageThatEachModuleGivesForItsVerbs()
    {
        var data = Path.Combine(Path.GetTempPath(), "portal-help-" + Guid.NewGuid().ToString("N"));

        var (code, output, _) = await CliRun.RunAsync("help", "--data", data);

        Assert.Equal(0, code);
        Assert.Contains("audit verify --tenant NAME", output, StringComparison.Ordinal);
        Assert.Contains("policies import --tenant NAME", output, StringComparison.Ordinal);
        Assert.Contains("search rebuild --tenant NAME", output, StringComparison.Ordinal);
    }
}

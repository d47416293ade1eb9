using Portal.Core.Tenants;
using Portal.Modules.Audit.Features.Verify;

namespace Portal.Web.Cli;

/// <summary>audit verify --tenant NAME: walks the site's audit chain; exit 0 when intact, 3 at the first broken link.</summary>
internal static class AuditCommand
{
    public const int BrokenChainExitCode = 3;

    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services)
    {
        if (line.Sub != "verify")
        {
            throw new CommandLineException("用法：audit verify --tenant NAME [--json]。");
        }

        var name = line.Require("tenant", "站点标识");
        await using var scope = await services.GetRequiredService<TenantScopeFactory>().CreateAsync(name);
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
        var message = result.IsIntact
            ? $"站点 {name} 的审计日志完整：共 {result.Count} 条，链路无断点。"
            : $"站点 {name} 的审计日志在第 {result.BrokenAt} 条断开：{result.Problem}";
        CliOutput.Message(line, message, new { tenant = name, intact = result.IsIntact, count = result.Count, brokenAt = result.BrokenAt, problem = result.Problem });
        return result.IsIntact ? 0 : BrokenChainExitCode;
    }
}

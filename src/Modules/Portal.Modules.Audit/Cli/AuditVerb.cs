using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Hosting;
using Portal.Core.Tenants;
using Portal.Modules.Audit.Features.Verify;

namespace Portal.Modules.Audit.Cli;

/// <summary>audit verify --tenant NAME: walks the site's audit chain; exit 0 when intact, 3 at the first broken link.</summary>
internal sealed class AuditVerb : ICommandLineVerb
{
    public const int BrokenChainExitCode = 3;

    public string Name => "audit";

    public string Usage => "audit verify --tenant NAME [--json]                 校验站点审计日志的哈希链，报告第一处断点";

    public async Task<int> RunAsync(IReadOnlyList<string> words, Func<string, string?> option, bool json, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (words.Count < 2 || words[1] != "verify")
        {
            throw new PortalException("用法：" + Usage);
        }

        var name = option("tenant") ?? throw new PortalException("缺少参数 --tenant（站点标识）。");
        await using var scope = await services.GetRequiredService<TenantScopeFactory>().CreateAsync(name, cancellationToken);
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(cancellationToken);
        var message = result.IsIntact
            ? $"站点 {name} 的审计日志完整：共 {result.Count} 条，链路无断点。"
            : $"站点 {name} 的审计日志在第 {result.BrokenAt} 条断开：{result.Problem}";
        Console.Out.WriteLine(json
            ? JsonSerializer.Serialize(new { tenant = name, intact = result.IsIntact, count = result.Count, brokenAt = result.BrokenAt, problem = result.Problem }, PortalJson.Indented)
            : message);
        return result.IsIntact ? 0 : BrokenChainExitCode;
    }
}

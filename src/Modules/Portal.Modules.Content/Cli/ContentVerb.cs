using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Hosting;
using Portal.Core.Imports;
using Portal.Core.Tenants;
using Portal.Modules.Content.Features.Import;

namespace Portal.Modules.Content.Cli;

/// <summary>content import --tenant NAME --file F.jsonl[.gz] [--json]</summary>
internal sealed class ContentVerb : ICommandLineVerb
{
    public string Name => "content";

    public string Usage => "content import --tenant NAME --file F.jsonl[.gz] [--json]   从旧网站导入新闻、通知和单页（按 externalId 更新，可重复运行）";

    public async Task<int> RunAsync(IReadOnlyList<string> words, Func<string, string?> option, bool json, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (words.Count < 2 || words[1] != "import")
        {
            throw new PortalException("用法：" + Usage);
        }

        var file = option("file") ?? throw new PortalException("缺少参数 --file（JSON Lines 文件，可为 .gz）。");
        if (!File.Exists(file))
        {
            throw new PortalException($"找不到文件 {file}。");
        }

        var name = option("tenant") ?? throw new PortalException("缺少参数 --tenant（站点标识）。");
        await using var scope = await services.GetRequiredService<TenantScopeFactory>().CreateAsync(name, cancellationToken);
        if (scope.ServiceProvider.GetRequiredService<TenantContext>().Shell?.HasFeature(Manifest.Id) != true)
        {
            throw new PortalException($"站点“{name}”没有启用“新闻与通知”功能。");
        }

        await using var stream = File.OpenRead(file);
        var report = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(stream, "命令行导入", Path.GetDirectoryName(Path.GetFullPath(file)), cancellationToken);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(report, PortalJson.Indented));
        }
        else if (report.Refused is { } refused)
        {
            await Console.Error.WriteLineAsync("错误：" + refused);
        }
        else
        {
            Console.Out.WriteLine(report.Summary);
            ImportErrorPrinter.Print(report.Errors);
        }

        return report.Errors.Count == 0 && report.Refused is null ? 0 : 1;
    }
}

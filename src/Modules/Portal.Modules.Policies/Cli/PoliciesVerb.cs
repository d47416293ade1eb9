using System.Text.Json;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Hosting;
using Portal.Core.Imports;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Features.ImportPolicies;
using Portal.Modules.Policies.Features.IndexPolicies;

namespace Portal.Modules.Policies.Cli;

/// <summary>policies import --tenant NAME --file F.jsonl[.gz]</summary>
internal sealed class PoliciesVerb : ICommandLineVerb
{
    public string Name => "policies";

    public string Usage => "policies import --tenant NAME --file F.jsonl[.gz] [--json]   导入政策文件（按 id 更新，可重复运行）";

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

        var shell = await CliTenant.RequireAsync(option, services, cancellationToken);
        var indexer = services.GetRequiredService<PolicyIndexer>();
        var index = true;
        try
        {
            // A running host owns the index (its lease in the site's database): only the rows are written here.
            index = await indexer.OtherOwnerAsync(shell, cancellationToken) is null;
            if (index)
            {
                await indexer.CatchUpAsync(shell, cancellationToken: cancellationToken);
            }
        }
        catch (Exception exception) when (exception is PolicyIndexBusyException or LockObtainFailedException)
        {
            index = false; // the owner catches up from the event log by itself
        }

        ImportReport report;
        try
        {
            await using var scope = services.GetRequiredService<TenantScopeFactory>().Create(shell);
            await using var stream = File.OpenRead(file);
            report = await scope.ServiceProvider.GetRequiredService<PolicyImporter>().ImportAsync(stream, index, cancellationToken);
        }
        finally
        {
            await indexer.CloseAsync(shell, CancellationToken.None);
        }

        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(report, PortalJson.Indented));
        }
        else if (report.Refused is { } refused)
        {
            await Console.Error.WriteLineAsync("错误：" + refused);
            return 1;
        }
        else
        {
            // The summary is the result; the refused lines are errors, so they go where errors go.
            Console.Out.WriteLine(report.Summary);
            ImportErrorPrinter.Print(report.Errors);

            Console.Out.WriteLine(index
                ? $"用时 {report.Elapsed.TotalSeconds:F1} 秒，索引中共有 {report.Indexed} 份文件，已可检索。"
                : $"用时 {report.Elapsed.TotalSeconds:F1} 秒。网站正在运行，它会在几秒内自动更新检索索引。");
        }

        return report.Errors.Count == 0 && report.Refused is null ? 0 : 1;
    }
}

using System.Diagnostics;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Hosting;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Features.IndexPolicies;
using Portal.Modules.Policies.Persistence;

namespace Portal.Modules.Policies.Cli;

/// <summary>search rebuild --tenant NAME</summary>
internal sealed class SearchVerb : ICommandLineVerb
{
    public string Name => "search";

    public string Usage => "search rebuild --tenant NAME   从数据库重建站点的政策文件检索索引";

    public async Task<int> RunAsync(IReadOnlyList<string> words, Func<string, string?> option, bool json, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (words.Count < 2 || words[1] != "rebuild")
        {
            throw new PortalException("用法：" + Usage);
        }

        var shell = await CliTenant.RequireAsync(option, services, cancellationToken);
        var indexer = services.GetRequiredService<PolicyIndexer>();
        var watch = Stopwatch.StartNew();
        try
        {
            // A running host owns the index (its lease in the site's database): never touch its files, hand the work over.
            if (await indexer.OtherOwnerAsync(shell, cancellationToken) is { } owner)
            {
                throw new PolicyIndexBusyException(owner) { Holder = owner };
            }

            var count = await indexer.RebuildAsync(shell, cancellationToken);
            Console.Out.WriteLine(json
                ? $"{{\"documents\":{count},\"seconds\":{watch.Elapsed.TotalSeconds:F1}}}"
                : $"索引已重建：{count} 份文件，用时 {watch.Elapsed.TotalSeconds:F1} 秒。");
        }
        catch (Exception exception) when (exception is PolicyIndexBusyException or LockObtainFailedException)
        {
            // Ask the owner to rebuild through the site's event log; it reads the request within seconds.
            await indexer.RequestRebuildAsync(shell, "命令行", cancellationToken);
            Console.Out.WriteLine(json ? "{\"requested\":true}" : "网站正在运行，索引归它维护：已请求重建，运行中的网站会在几秒内从数据库重建索引。");
        }
        finally
        {
            await indexer.CloseAsync(shell, CancellationToken.None);
        }

        return 0;
    }
}

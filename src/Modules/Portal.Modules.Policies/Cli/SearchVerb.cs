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
        var watch = Stopwatch.StartNew();
        try
        {
            var count = await services.GetRequiredService<PolicyIndexer>().RebuildAsync(shell, cancellationToken);
            Console.Out.WriteLine(json
                ? $"{{\"documents\":{count},\"seconds\":{watch.Elapsed.TotalSeconds:F1}}}"
                : $"索引已重建：{count} 份文件，用时 {watch.Elapsed.TotalSeconds:F1} 秒。");
        }
        catch (LockObtainFailedException)
        {
            // The running site holds the index: ask every node to rebuild through the task table.
            await using var scope = services.GetRequiredService<TenantScopeFactory>().Create(shell);
            var db = scope.ServiceProvider.GetRequiredService<PoliciesDbContext>();
            await using var transaction = await PolicyWrites.BeginAsync(db, cancellationToken);
            PolicyWrites.AddTask(db, 0, IndexingTaskKind.Rebuild, DateTime.UtcNow);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Console.Out.WriteLine(json ? "{\"requested\":true}" : "网站正在运行：已请求重建，运行中的网站会在几秒内从数据库重建索引。");
        }

        return 0;
    }
}

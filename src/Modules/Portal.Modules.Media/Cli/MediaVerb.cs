using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Hosting;
using Portal.Core.Tenants;
using Portal.Modules.Media.Contracts;
using Portal.Modules.Media.Features.Library;
using Portal.Modules.Media.Features.Upload;
using Portal.Modules.Media.Persistence;

namespace Portal.Modules.Media.Cli;

/// <summary>media add --tenant NAME --file F [--alt TEXT]; media list --tenant NAME: for operators filling a site's library in bulk.</summary>
internal sealed class MediaVerb : ICommandLineVerb
{
    private const string CommandLineUser = "命令行";

    public string Name => "media";

    public string Usage => "media add --tenant NAME --file F [--alt 文字] [--json] | media list --tenant NAME [--json]   向媒体库添加文件（同一文件不重复保存）；列出文件";

    public async Task<int> RunAsync(IReadOnlyList<string> words, Func<string, string?> option, bool json, IServiceProvider services, CancellationToken cancellationToken)
    {
        var action = words.Count >= 2 ? words[1] : "";
        if (action is not ("add" or "list"))
        {
            throw new PortalException("用法：" + Usage);
        }

        var name = option("tenant") ?? throw new PortalException("缺少参数 --tenant（站点标识）。");
        await using var scope = await services.GetRequiredService<TenantScopeFactory>().CreateAsync(name, cancellationToken);
        if (!scope.ServiceProvider.GetRequiredService<TenantContext>().RequiredShell.HasFeature(Manifest.Id))
        {
            throw new PortalException($"站点“{name}”没有启用“媒体库”功能。");
        }

        var library = scope.ServiceProvider.GetRequiredService<MediaFiles>();
        IReadOnlyList<MediaFile> files = action == "add"
            ? [await AddAsync(option, scope.ServiceProvider, library, cancellationToken)]
            : [.. (await scope.ServiceProvider.GetRequiredService<MediaDbContext>().Items.AsNoTracking()
                .Where(i => i.DeletedUtc == null).OrderBy(i => i.Id).ToListAsync(cancellationToken)).Select(library.ToFile)];
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(files, PortalJson.Indented));
            return 0;
        }

        foreach (var file in files)
        {
            Console.Out.WriteLine($"{file.Id}\t{file.FileName}\t{file.ContentType}\t{file.Length}\t{file.Url}");
        }

        return 0;
    }

    private static async Task<MediaFile> AddAsync(Func<string, string?> option, IServiceProvider services, MediaFiles library, CancellationToken cancellationToken)
    {
        var path = option("file") ?? throw new PortalException("缺少参数 --file（要添加的文件）。");
        if (!File.Exists(path))
        {
            throw new PortalException($"找不到文件 {path}。");
        }

        try
        {
            await using var content = File.OpenRead(path);
            return library.ToFile(await services.GetRequiredService<MediaWriter>().AddAsync(Path.GetFileName(path), content, option("alt"), CommandLineUser, cancellationToken));
        }
        catch (MediaRejectedException refused)
        {
            throw new PortalException(refused.Message, refused);
        }
    }
}

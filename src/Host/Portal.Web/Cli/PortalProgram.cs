using Microsoft.Extensions.Hosting;
using Portal.Core;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Recipes;
using Portal.Core.Web;

namespace Portal.Web.Cli;

/// <summary>Dispatches the command line: "serve" runs the web host, the other verbs work on the data folder and exit.</summary>
internal static class PortalProgram
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            var line = CommandLine.Parse(args);
            return line.Verb switch
            {
                "serve" => await ServeAsync(line),
                "help" => Help(line),
                _ => await RunVerbAsync(line),
            };
        }
        catch (Exception exception) when (exception is CommandLineException or PortalException or RecipeException)
        {
            await Console.Error.WriteLineAsync("错误：" + exception.Message);
            return exception is CommandLineException ? 2 : 1;
        }
    }

    private static async Task<int> ServeAsync(CommandLine line)
    {
        var builder = WebApplication.CreateBuilder(HostFolder.WithContentRoot(line.WebArguments()));
        ApplyDataFolder(builder.Configuration, line);
        builder.AddPortal();
        var app = builder.Build();
        app.UsePortal();
        await FirstRun.PrepareAsync(app);
        await app.RunAsync();
        return 0;
    }

    private static async Task<int> RunVerbAsync(CommandLine line)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = HostFolder.ContentRoot() });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        ApplyDataFolder(builder.Configuration, line);
        var catalog = ModuleLoader.LoadForHost(builder.Configuration);
        builder.Services.AddPortalCore(builder.Configuration, catalog);
        using var host = builder.Build();
        await host.Services.GetRequiredService<PortalInitializer>().InitializeAsync();
        var services = host.Services;
        return line.Verb switch
        {
            "tenants" => await TenantsCommand.RunAsync(line, services),
            "features" => await FeaturesCommand.RunAsync(line, services),
            "recipes" => await RecipesCommand.RunAsync(line, services),
            _ => await (services.GetServices<ICommandLineVerb>().FirstOrDefault(v => v.Name == line.Verb)?.RunAsync(line.Words, line.Option, line.Json, services, CancellationToken.None)
                ?? throw new CommandLineException($"未知命令“{line.Verb}”。运行 help 查看用法。")),
        };
    }

    /// <summary>The verbs the loaded modules register; no database is opened to list them.</summary>
    private static List<ICommandLineVerb> ModuleVerbs(CommandLine line)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = HostFolder.ContentRoot() });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        ApplyDataFolder(builder.Configuration, line);
        var catalog = ModuleLoader.LoadForHost(builder.Configuration);
        builder.Services.AddPortalCore(builder.Configuration, catalog);
        using var host = builder.Build();
        return [.. host.Services.GetServices<ICommandLineVerb>().OrderBy(v => v.Name, StringComparer.Ordinal)];
    }

    private static void ApplyDataFolder(ConfigurationManager configuration, CommandLine line)
    {
        if (line.DataFolder() is { } folder)
        {
            configuration["Portal:DataFolder"] = folder;
        }
    }

    private static int Help(CommandLine line)
    {
        Console.Out.WriteLine("""
            Portal 老干部工作信息平台

            用法：Portal.Web [命令] [参数]
              serve [--urls URL] [--data DIR]                    运行网站（默认命令）
              tenants list [--json]                               列出站点
              tenants create NAME --display-name 名称 [--prefix P] [--parent P] [--host H] [--theme T] [--database sqlite|postgres [--server NAME]]
              tenants enable NAME | tenants disable NAME          启用、停用站点
              tenants backup NAME --to DIR                        备份站点（数据库、文件、注册信息），站点可继续运行
              tenants restore NAME --from DIR [--force]           从备份恢复站点；正在运行的站点需加 --force（恢复期间暂停访问）
              features list --tenant NAME [--json]                列出功能及其状态
              features enable|disable ID... --tenant NAME         启用、停用功能
              recipes run FILE [--tenant NAME]                    运行配方
            """);

        // Modules contribute verbs (policies, search, audit …); each prints its own usage.
        foreach (var verb in ModuleVerbs(line))
        {
            foreach (var usage in verb.Usage.Split('\n'))
            {
                Console.Out.WriteLine("  " + usage);
            }
        }

        Console.Out.WriteLine();
        Console.Out.WriteLine("数据目录：--data DIR，或环境变量 PORTAL_DATA，默认为当前目录下的 App_Data。");
        return 0;
    }
}

using Portal.Core.Backup;
using Portal.Core.Data;
using Portal.Core.Tenants;

namespace Portal.Web.Cli;

internal static class TenantsCommand
{
    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services)
    {
        var store = services.GetRequiredService<TenantStore>();
        var tenants = services.GetRequiredService<TenantManager>();
        switch (line.Sub)
        {
            case "list":
                var rows = new List<Tenant>();
                for (var skip = 0; ; skip += 500)
                {
                    var (items, total) = await store.ListAsync(skip, 500);
                    rows.AddRange(items);
                    if (rows.Count >= total || items.Count == 0)
                    {
                        break;
                    }
                }

                CliOutput.Write(line, [.. rows.Select(t => new
                    {
                        t.Name, t.DisplayName, t.Prefix, t.Hosts, Parent = t.ParentName, State = t.State.ToString(),
                        Database = t.DatabaseProvider.ToString() + (t.DatabaseServer is null ? "" : "@" + t.DatabaseServer), t.Theme, t.Features,
                    })],
                    ("NAME", t => t.Name), ("DISPLAY NAME", t => t.DisplayName), ("PREFIX", t => t.Prefix), ("PARENT", t => t.Parent), ("STATE", t => t.State), ("DATABASE", t => t.Database));
                return 0;
            case "create":
                var name = Name(line);
                var draft = new TenantDraft(name, line.Require("display-name", "站点名称"))
                {
                    Prefix = line.Option("prefix"),
                    Hosts = line.Options("host"),
                    Parent = line.Option("parent"),
                    Theme = line.Option("theme"),
                    Provider = line.Option("database") is { } database
                        ? Enum.TryParse<DatabaseProvider>(database, ignoreCase: true, out var provider) ? provider : throw new CommandLineException("--database 只能是 sqlite 或 postgres。")
                        : null,
                    Server = line.Option("server"),
                };
                var created = await tenants.CreateAsync(draft);
                CliOutput.Message(line, $"已创建站点 {created.Name}（{created.DisplayName}），状态 {created.State}。", new { created.Name, State = created.State.ToString() });
                return 0;
            case "enable":
                var enabled = await tenants.EnableAsync(Name(line));
                CliOutput.Message(line, $"站点 {enabled.Name} 已启用。", new { enabled.Name, State = enabled.State.ToString() });
                return 0;
            case "disable":
                var disabled = await tenants.DisableAsync(Name(line));
                CliOutput.Message(line, $"站点 {disabled.Name} 已停用，数据保留。", new { disabled.Name, State = disabled.State.ToString() });
                return 0;
            case "backup":
                var backupName = Name(line);
                var folder = line.Require("to", "备份目录");
                var manifest = await services.GetRequiredService<TenantBackupService>().BackupAsync(backupName, folder);
                CliOutput.Message(line, $"站点 {backupName} 已备份到 {Path.GetFullPath(folder)}（数据库 {manifest.DatabaseFile}、文件、注册信息）。", new { Name = backupName, Folder = Path.GetFullPath(folder), manifest.DatabaseFile });
                return 0;
            case "restore":
                var restored = await services.GetRequiredService<TenantBackupService>().RestoreAsync(Name(line), line.Require("from", "备份目录"), line.Has("force"));
                CliOutput.Message(line, $"站点 {restored.Name} 已从备份恢复，状态 {restored.State}。", new { restored.Name, State = restored.State.ToString() });
                return 0;
            default:
                throw new CommandLineException("用法：tenants list|create|enable|disable|backup|restore。");
        }
    }

    private static string Name(CommandLine line)
        => line.Words.Count > 2 ? line.Words[2] : line.Option("name") ?? throw new CommandLineException("缺少站点标识，例如：tenants enable yizheng。");
}

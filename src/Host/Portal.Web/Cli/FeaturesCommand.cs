using Portal.Core.Modules;
using Portal.Core.Tenants;

namespace Portal.Web.Cli;

internal static class FeaturesCommand
{
    public static async Task<int> RunAsync(CommandLine line, IServiceProvider services)
    {
        var tenantName = line.Require("tenant", "站点标识");
        var tenant = await services.GetRequiredService<TenantStore>().FindAsync(tenantName)
            ?? throw new Portal.Core.PortalException($"站点“{tenantName}”不存在。");
        var catalog = services.GetRequiredService<ModuleCatalog>();
        var features = services.GetRequiredService<FeatureManager>();
        var ids = line.Words.Skip(2).ToList();
        switch (line.Sub)
        {
            case "list":
                var effective = catalog.Effective(tenant.Features);
                CliOutput.Write(line, [.. catalog.Features.Select(m => new
                    {
                        m.Id, m.Manifest.Name, m.Manifest.Category, Enabled = effective.Contains(m.Id), m.Manifest.AlwaysOn,
                        m.Manifest.RootOnly, m.Manifest.Dependencies, m.IsPlugin,
                    })],
                    ("ID", f => f.Id), ("NAME", f => f.Name), ("CATEGORY", f => f.Category), ("ENABLED", f => f.Enabled ? "yes" : "no"),
                    ("DEPENDS ON", f => string.Join(",", f.Dependencies)), ("SOURCE", f => f.IsPlugin ? "plugin" : "built-in"));
                return 0;
            case "enable" when ids.Count > 0:
                var added = await features.EnableAsync(tenantName, ids);
                CliOutput.Message(line, added.Count == 0 ? "没有变化：这些功能已经启用。" : $"已为 {tenantName} 启用：{string.Join(", ", added)}。", new { tenant = tenantName, enabled = added });
                return 0;
            case "disable" when ids.Count > 0:
                var removed = await features.DisableAsync(tenantName, ids);
                CliOutput.Message(line, removed.Count == 0 ? "没有变化：这些功能未启用。" : $"已为 {tenantName} 停用：{string.Join(", ", removed)}（数据保留）。", new { tenant = tenantName, disabled = removed });
                return 0;
            default:
                throw new CommandLineException("用法：features list --tenant NAME，或 features enable|disable ID... --tenant NAME。");
        }
    }
}

using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Tenants;

namespace Portal.Modules.Policies.Cli;

/// <summary>The --tenant of a verb, activated, with the policy library on.</summary>
internal static class CliTenant
{
    public static async Task<TenantShell> RequireAsync(Func<string, string?> option, IServiceProvider services, CancellationToken cancellationToken)
    {
        var name = option("tenant") ?? throw new PortalException("缺少参数 --tenant（站点标识）。");
        var tenant = await services.GetRequiredService<TenantStore>().FindAsync(name, cancellationToken)
            ?? throw new PortalException($"站点“{name}”不存在。");
        var shell = await services.GetRequiredService<ShellHost>().GetAsync(tenant, cancellationToken);
        return shell.HasFeature(Manifest.Id) ? shell : throw new PortalException($"站点“{name}”没有启用“政策文件”功能。");
    }
}

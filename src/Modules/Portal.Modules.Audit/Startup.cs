using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Security;
using Portal.Modules.Audit.Cli;
using Portal.Modules.Audit.Features.Search;
using Portal.Modules.Audit.Features.Verify;
using Portal.Modules.Audit.Features.Write;
using Portal.Modules.Audit.Persistence;

namespace Portal.Modules.Audit;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Audit.Manifest.Value;

    public override IEnumerable<Permission> Permissions => Audit.Permissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu => [new("审计日志", "admin/audit", 980) { Permission = Audit.Permissions.Read }];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<AuditDbContext, AuditSchema>();
        services.AddSingleton<AuditWriteLocks>();
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<AuditVerifier>();
        services.AddScoped<AuditQuery>();
        services.AddSingleton<ICommandLineVerb, AuditVerb>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => AuditApi.Map(endpoints);
}

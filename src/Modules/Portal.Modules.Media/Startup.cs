using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Hosting;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Security;
using Portal.Modules.Media.Cli;
using Portal.Modules.Media.Contracts;
using Portal.Modules.Media.Features.Library;
using Portal.Modules.Media.Features.Serve;
using Portal.Modules.Media.Features.Store;
using Portal.Modules.Media.Features.Upload;
using Portal.Modules.Media.Persistence;

namespace Portal.Modules.Media;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Media.Manifest.Value;

    public override IEnumerable<Permission> Permissions => Media.Permissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("媒体库", "admin/media", 240) { Permission = Media.Permissions.Manage },
    ];

    public override IEnumerable<AuditAction> AuditActions => MediaAuditActions.All;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<MediaDbContext, MediaSchema>();
        services.AddOptions<MediaOptions>().BindConfiguration("Portal:Media");
        services.AddSingleton<MediaFolder>();
        services.AddScoped<MediaUrls>();
        services.AddScoped<MediaWriter>();
        services.AddScoped<MediaFiles>();
        services.AddScoped<IMediaFiles>(sp => sp.GetRequiredService<MediaFiles>());
        services.AddSingleton<ICommandLineVerb, MediaVerb>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => FileEndpoint.Map(endpoints);
}

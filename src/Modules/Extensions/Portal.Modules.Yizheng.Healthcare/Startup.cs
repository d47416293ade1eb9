using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Core.Web;
using Portal.Modules.Yizheng.Healthcare.Features.Desk;
using Portal.Modules.Yizheng.Healthcare.Features.Records;
using Portal.Modules.Yizheng.Healthcare.Persistence;
using Portal.Modules.Yizheng.Healthcare.Recipes;

namespace Portal.Modules.Yizheng.Healthcare;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Healthcare.Manifest.Value;

    public override IEnumerable<PublicMenuItem> PublicMenu => [new("健康服务台", "healthcare", 50)];

    public override IEnumerable<AdminMenuItem> AdminMenu => [new("健康服务台", "healthcare/records", 50) { Permission = Healthcare.Permissions.ViewRecords }];

    public override IEnumerable<Permission> Permissions => Healthcare.Permissions.All;

    public override IEnumerable<RoleDeclaration> Roles => Healthcare.Permissions.Roles;

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<HealthcareDbContext, HealthcareSchema>();
        services.AddScoped<HealthcareRecordWriter>();
        services.AddSingleton<GreenChannelCache>();
        services.AddSingleton<ITenantContentCache>(sp => sp.GetRequiredService<GreenChannelCache>());
        services.AddSingleton<IRecipeStep, HealthcareStep>();
    }
}

using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Recipes;
using Portal.Core.Security;
using Portal.Modules.Archives.Features.Forms;
using Portal.Modules.Archives.Features.Records;
using Portal.Modules.Archives.Features.Units;
using Portal.Modules.Archives.Persistence;
using Portal.Modules.Archives.Recipes;

namespace Portal.Modules.Archives;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Archives.Manifest.Value;

    public override IEnumerable<Permission> Permissions => Archives.Permissions.All;

    public override IEnumerable<AuditAction> AuditActions => ArchiveAuditActions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu =>
    [
        new("人员档案", "admin/archives", 300) { Permission = Archives.Permissions.Read },
        new("单位管理", "admin/archives/units", 310) { Permission = Archives.Permissions.Units },
        new("档案表单", "admin/archives/forms", 320) { Permission = Archives.Permissions.Forms },
    ];

    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddTenantDbContext<ArchivesDbContext, ArchivesSchema>();
        services.AddScoped<UnitWriter>();
        services.AddSingleton<IRecipeStep, UnitsStep>();
        services.AddTenantDbContext<FormsDbContext, FormsSchema>();
        services.AddScoped<FormWriter>();
        services.AddSingleton<IRecipeStep, ArchiveFormsStep>();
        services.AddTenantDbContext<RecordsDbContext, RecordsSchema>();
        services.AddScoped<RecordReader>();
        services.AddScoped<RecordWriter>();
    }
}

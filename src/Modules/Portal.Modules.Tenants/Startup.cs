using Portal.Core.Modules;
using Portal.Core.Navigation;
using Portal.Core.Security;

namespace Portal.Modules.Tenants;

public sealed class Startup : ModuleStartup
{
    public override ModuleManifest Manifest => Tenants.Manifest.Value;

    public override IEnumerable<Permission> Permissions => Tenants.Permissions.All;

    public override IEnumerable<AdminMenuItem> AdminMenu => [new("站点管理", "admin/tenants", 800) { RootOnly = true, Permission = Tenants.Permissions.Manage }];
}

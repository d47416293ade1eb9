using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Navigation;
using Portal.Core.Security;

namespace Portal.Core.Modules;

/// <summary>
/// The entry point of a module assembly (its Startup.cs). The shell finds it by type, in referenced
/// assemblies and in plugin folders alike.
/// </summary>
public abstract class ModuleStartup
{
    public abstract ModuleManifest Manifest { get; }

    /// <summary>Services of the module. Registered once for the whole host; per-tenant state is keyed by tenant.</summary>
    public virtual void ConfigureServices(IServiceCollection services) { }

    /// <summary>Minimal API endpoints. The group they land in answers 404 for tenants without the feature.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder endpoints) { }

    /// <summary>Links in the admin menu; shown only to tenants with the feature on.</summary>
    public virtual IEnumerable<AdminMenuItem> AdminMenu => [];

    /// <summary>Links for the public navigation of a tenant's site.</summary>
    public virtual IEnumerable<PublicMenuItem> PublicMenu => [];

    /// <summary>Blocks the module adds to its site's home page (partial views of its own).</summary>
    public virtual IEnumerable<HomeSection> HomeSections => [];

    /// <summary>What roles can be granted for this module's pages and APIs (see docs/security.md).</summary>
    public virtual IEnumerable<Permission> Permissions => [];

    /// <summary>Roles this module brings for a duty of its own, created in a site when the feature is on (see docs/security.md).</summary>
    public virtual IEnumerable<RoleDeclaration> Roles => [];

    /// <summary>The actions this module writes to the audit log, with the words the 审计管理员 reads.</summary>
    public virtual IEnumerable<AuditAction> AuditActions => [];
}

using Portal.Core.Modules;
using Portal.Core.Security;
using Xunit;

namespace Portal.Core.Tests.Security;

public sealed class RoleCatalogTests
{
    [Fact]
    public void RoleDeclaredByTwoModules_IsRefused_NamingBothModules()
    {
        var modules = new ModuleCatalog([Module("Portal.Archives", new RoleDeclaration("档案管理员", "管理一人一档。")), Module("Baoying.Archives", new RoleDeclaration("档案管理员", "宝应县档案室。"))]);

        var refusal = Assert.Throws<InvalidOperationException>(() => new RoleCatalog(modules, new PermissionCatalog(modules)));

        Assert.Contains("“档案管理员”", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Portal.Archives", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Baoying.Archives", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModuleRole_NamedLikeAPlatformRole_IsRefused()
    {
        var modules = new ModuleCatalog([Module("Portal.Archives", new RoleDeclaration(PortalRoles.Clerk, "信息员。"))]);

        var refusal = Assert.Throws<InvalidOperationException>(() => new RoleCatalog(modules, new PermissionCatalog(modules)));

        Assert.Contains("平台内置角色", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ModuleRole_SpanningTwoDuties_IsRefused()
    {
        var modules = new ModuleCatalog([Module("Portal.Archives", new RoleDeclaration("档案管理员", "管理一人一档。") { Permissions = ["archives.audit", "archives.accounts"] },
            new Permission("archives.audit", "查看档案审计", "档案") { Duty = AdministratorDuty.Audit },
            new Permission("archives.accounts", "管理档案账号", "档案") { Duty = AdministratorDuty.System })]);

        Assert.Throws<InvalidOperationException>(() => new RoleCatalog(modules, new PermissionCatalog(modules)));
    }

    [Fact]
    public void ForFeatures_ListsThePlatformsRoles_AndOnlyTheRolesOfFeaturesThatAreOn()
    {
        var modules = new ModuleCatalog([Module("Portal.Archives", new RoleDeclaration("档案管理员", "管理一人一档。")), Module("Portal.Library", new RoleDeclaration("学习室管理员", "维护学习资料。"))]);
        var catalog = new RoleCatalog(modules, new PermissionCatalog(modules));

        var names = catalog.ForFeatures(new HashSet<string>(["Portal.Library"])).Select(r => r.Name).ToList();

        string[] expected = [.. PortalRoles.All, "学习室管理员"];
        Assert.Equal(expected, names);
        Assert.True(catalog.IsStaff("档案管理员"));
        Assert.False(catalog.IsStaff(PortalRoles.Retiree));
        Assert.Equal("Portal.Archives", catalog.ModuleOf("档案管理员")?.Id);
    }

    private static ModuleDescriptor Module(string id, RoleDeclaration role, params Permission[] permissions)
    {
        var manifest = new ModuleManifest(id, id, "测试", "");
        return new(manifest, new RoleStartup(manifest, role, permissions), typeof(RoleCatalogTests).Assembly, false);
    }

    private sealed class RoleStartup(ModuleManifest manifest, RoleDeclaration role, Permission[] permissions) : ModuleStartup
    {
        public override ModuleManifest Manifest => manifest;

        public override IEnumerable<Permission> Permissions => permissions;

        public override IEnumerable<RoleDeclaration> Roles => [role];
    }
}

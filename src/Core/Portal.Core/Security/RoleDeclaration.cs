namespace Portal.Core.Security;

/// <summary>
/// A role a module brings with its duty (ModuleStartup.Roles), or one of the platform's own (<see cref="PortalRoles.Declarations"/>).
/// It is created in a site when the module's feature is on there and granted <see cref="Permissions"/> (and every
/// permission that names it in <see cref="Permission.DefaultRoles"/>) once; later changes are the 安全管理员's.
/// </summary>
/// <param name="Name">The role's name as people read it (政策录入员); unique across the platform and the loaded modules.</param>
/// <param name="Description">One sentence for the roles page: who holds it and what for.</param>
public sealed record RoleDeclaration(string Name, string Description)
{
    /// <summary>Permission names the role is granted on a fresh site (e.g. <see cref="CorePermissions.AdminAccess"/> and the module's own).</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];
}

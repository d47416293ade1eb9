using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Persistence;

namespace Portal.Modules.Users.Features.Roles;

/// <summary>
/// The one code path that changes who holds which role and which permissions a role grants (admin pages and
/// recipe steps alike): it enforces 三员分立 and writes every change, and every refusal, to the audit log.
/// Check and write run under the site's <see cref="RoleWriteLock"/>, so concurrent changes cannot add up to
/// two duties. Audit entries are written right after the commit: the audit log keeps its own connection, and
/// on SQLite it could not write while this transaction holds the database's write lock.
/// </summary>
internal sealed class RoleAssignment(
    UserManager<PortalUser> users,
    RoleManager<IdentityRole> roles,
    PermissionCatalog catalog,
    IAuditLog audit,
    UsersDbContext db,
    TenantContext tenant,
    RoleWriteLock writeLock)
{
    /// <summary>Gives the account exactly these roles. Returns a Chinese reason when refused; null when done.</summary>
    public async Task<string?> SetUserRolesAsync(PortalUser user, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken = default)
    {
        var entries = new List<AuditEntry>();
        var refusal = await writeLock.RunAsync(db, tenant.Tenant, () => SetUserRolesLockedAsync(user, wanted, entries), cancellationToken);
        await WriteAsync(entries, cancellationToken);
        return refusal;
    }

    /// <summary>Makes the role grant exactly these permissions. Refused when a role or any of its members would span two duties.</summary>
    public async Task<string?> SetRolePermissionsAsync(IdentityRole role, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken = default)
    {
        var entries = new List<AuditEntry>();
        var refusal = await writeLock.RunAsync(db, tenant.Tenant, () => SetRolePermissionsLockedAsync(role, wanted, entries), cancellationToken);
        await WriteAsync(entries, cancellationToken);
        return refusal;
    }

    public async Task<IReadOnlySet<string>> PermissionsOfAsync(IdentityRole role)
        => (await roles.GetClaimsAsync(role)).Where(c => c.Type == PortalClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>The duties (三员 and personal data) an account holds now, by its roles' names and permissions.</summary>
    public async Task<IReadOnlySet<AdministratorDuty>> DutiesOfAsync(PortalUser user)
    {
        var names = await users.GetRolesAsync(user);
        var permissions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (await roles.FindByNameAsync(name) is { } role)
            {
                permissions.UnionWith(await PermissionsOfAsync(role));
            }
        }

        var duties = catalog.DutiesOf(permissions).ToHashSet();
        duties.UnionWith(names.Where(PortalRoles.Administrators.ContainsKey).Select(n => PortalRoles.Administrators[n]));
        return duties;
    }

    private async Task<string?> SetUserRolesLockedAsync(PortalUser user, IReadOnlyCollection<string> wanted, List<AuditEntry> entries)
    {
        // Read again under the lock: another change may have committed since the caller loaded the account.
        await db.Entry(user).ReloadAsync();
        var target = $"账号 {user.UserName}";
        var permissions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in wanted)
        {
            if (await roles.FindByNameAsync(name) is not { } role)
            {
                return $"角色“{name}”不存在。";
            }

            permissions.UnionWith(await PermissionsOfAsync(role));
        }

        if (SeparationOfDuties.Check(wanted, catalog.DutiesOf(permissions)) is { } refusal)
        {
            entries.Add(new AuditEntry(AuditActions.RoleAssign, target, AuditOutcome.Denied) { Detail = refusal });
            return refusal;
        }

        var current = await users.GetRolesAsync(user);
        var adding = wanted.Except(current, StringComparer.Ordinal).ToList();
        var removing = current.Except(wanted, StringComparer.Ordinal).ToList();
        if (adding.Count == 0 && removing.Count == 0)
        {
            return null;
        }

        Check(await users.AddToRolesAsync(user, adding));
        Check(await users.RemoveFromRolesAsync(user, removing));
        entries.Add(new AuditEntry(AuditActions.RoleAssign, target) { Detail = $"角色：{Join(wanted)}（原为：{Join(current)}）" });
        return null;
    }

    private async Task<string?> SetRolePermissionsLockedAsync(IdentityRole role, IReadOnlyCollection<string> wanted, List<AuditEntry> entries)
    {
        await db.Entry(role).ReloadAsync();
        var target = $"角色 {role.Name}";
        var refusal = SeparationOfDuties.Check([role.Name!], catalog.DutiesOf(wanted));
        foreach (var member in refusal is null ? await users.GetUsersInRoleAsync(role.Name!) : [])
        {
            var permissions = new HashSet<string>(wanted, StringComparer.Ordinal);
            var memberRoles = await users.GetRolesAsync(member);
            foreach (var other in memberRoles.Where(r => r != role.Name))
            {
                permissions.UnionWith(await PermissionsOfAsync((await roles.FindByNameAsync(other))!));
            }

            if (SeparationOfDuties.Check(memberRoles, catalog.DutiesOf(permissions)) is { } memberRefusal)
            {
                refusal = $"账号 {member.UserName}：{memberRefusal}";
                break;
            }
        }

        if (refusal is not null)
        {
            entries.Add(new AuditEntry(AuditActions.PermissionGrant, target, AuditOutcome.Denied) { Detail = refusal });
            return refusal;
        }

        var claims = await roles.GetClaimsAsync(role);
        var current = claims.Where(c => c.Type == PortalClaims.Permission).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var permission in wanted.Where(p => !current.Contains(p)))
        {
            Check(await roles.AddClaimAsync(role, new Claim(PortalClaims.Permission, permission)));
            entries.Add(new AuditEntry(AuditActions.PermissionGrant, target) { Detail = $"{permission} {catalog.Find(permission)?.Title}" });
        }

        foreach (var claim in claims.Where(c => c.Type == PortalClaims.Permission && !wanted.Contains(c.Value)))
        {
            Check(await roles.RemoveClaimAsync(role, claim));
            entries.Add(new AuditEntry(AuditActions.PermissionRevoke, target) { Detail = $"{claim.Value} {catalog.Find(claim.Value)?.Title}" });
        }

        return null;
    }

    private async Task WriteAsync(List<AuditEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            await audit.WriteAsync(entry, cancellationToken);
        }
    }

    private static string Join(IEnumerable<string> names) => names.Any() ? string.Join("、", names) : "无";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Roles;
using Portal.Modules.Users.Recipes;

namespace Portal.Modules.Users.Features.Accounts;

/// <summary>
/// A forgotten password reset by staff. Whoever resets sees the new password, so resetting one of the three
/// administrators is the other side's job: the 安全管理员 resets the 系统管理员 and the 审计管理员, the
/// 系统管理员 resets the 安全管理员 and every other account; nobody resets their own. After any reset the
/// holder must choose a new password at the next sign-in, so the one who reset it cannot keep using it unseen.
/// </summary>
internal sealed class StaffPasswordReset(UserManager<PortalUser> users, RoleAssignment assignment, PermissionCatalog catalog, IAuditLog audit)
{
    /// <summary>Null when <paramref name="actor"/> may reset the account, else the Chinese reason.</summary>
    public static string? Refusal(IReadOnlySet<AdministratorDuty> actor, IReadOnlySet<AdministratorDuty> target, bool self)
    {
        if (self)
        {
            return "不能在这里重置自己的密码，请到“修改密码”页面修改。";
        }

        if (target.Contains(AdministratorDuty.Security))
        {
            return actor.Contains(AdministratorDuty.System) ? null : "安全管理员的密码只能由系统管理员重置。";
        }

        if (target.Contains(AdministratorDuty.System) || target.Contains(AdministratorDuty.Audit))
        {
            return actor.Contains(AdministratorDuty.Security) ? null : "系统管理员和审计管理员的密码只能由安全管理员重置（三员分立）。";
        }

        return actor.Contains(AdministratorDuty.System) ? null : "普通账号的密码由系统管理员重置。";
    }

    /// <summary>Resets the password when the rule allows it; returns the new password (shown once) or the refusal.</summary>
    public async Task<(string? Password, string? Refusal)> ResetAsync(ClaimsPrincipal actor, PortalUser target, CancellationToken cancellationToken)
    {
        var actorDuties = catalog.DutiesOf(actor.FindAll(PortalClaimTypes.Permission).Select(c => c.Value));
        var self = users.GetUserId(actor) == target.Id;
        if (Refusal(actorDuties, await assignment.DutiesOfAsync(target), self) is { } refusal)
        {
            await audit.WriteAsync(new AuditEntry(AuditActions.PasswordReset, $"账号 {target.UserName}", AuditOutcome.Denied) { Detail = refusal }, cancellationToken);
            return (null, refusal);
        }

        var password = InitialCredentials.GeneratePassword();
        var result = await users.ResetPasswordAsync(target, await users.GeneratePasswordResetTokenAsync(target), password);
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(target, null);
            await users.ResetAccessFailedCountAsync(target);
            if (!(await users.GetClaimsAsync(target)).Any(c => c.Type == PortalClaimTypes.PasswordChangeRequired))
            {
                await users.AddClaimAsync(target, new Claim(PortalClaimTypes.PasswordChangeRequired, "1"));
            }
        }

        await audit.WriteAsync(new AuditEntry(AuditActions.PasswordReset, $"账号 {target.UserName}", result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure)
        {
            Detail = "下次登录须修改密码",
        }, cancellationToken);
        return result.Succeeded ? (password, null) : (null, string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}

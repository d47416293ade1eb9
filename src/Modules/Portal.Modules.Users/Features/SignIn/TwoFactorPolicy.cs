using Microsoft.AspNetCore.Identity;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Settings;

namespace Portal.Modules.Users.Features.SignIn;

/// <summary>Whether an account must sign in with an authenticator app: the site requires it and the account is staff (any platform role but the retirees', or a module's role).</summary>
internal sealed class TwoFactorPolicy(SecuritySettingsStore settings, UserManager<PortalUser> users, RoleCatalog roles)
{
    public async Task<bool> RequiredForAsync(PortalUser user)
        => (await settings.GetAsync()).RequireTwoFactorForStaff
           && (await users.GetRolesAsync(user)).Any(roles.IsStaff);
}

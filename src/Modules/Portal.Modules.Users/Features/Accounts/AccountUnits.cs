using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;

namespace Portal.Modules.Users.Features.Accounts;

/// <summary>The 单位 an account is bound to, kept as user claims so they travel in the session.</summary>
internal static class AccountUnits
{
    public static IReadOnlyList<string> Parse(string? lines)
        => [.. (lines ?? "").Split(['\n', '\r', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    public static async Task<IReadOnlyList<string>> GetAsync(UserManager<PortalUser> users, PortalUser user)
        => [.. (await users.GetClaimsAsync(user)).Where(c => c.Type == PortalClaimTypes.Unit).Select(c => c.Value)];

    /// <summary>Returns true when something changed.</summary>
    public static async Task<bool> SetAsync(UserManager<PortalUser> users, PortalUser user, IReadOnlyList<string> units)
    {
        var current = (await users.GetClaimsAsync(user)).Where(c => c.Type == PortalClaimTypes.Unit).ToList();
        var removing = current.Where(c => !units.Contains(c.Value)).ToList();
        var adding = units.Where(u => current.All(c => c.Value != u)).Select(u => new Claim(PortalClaimTypes.Unit, u)).ToList();
        if (removing.Count > 0)
        {
            await users.RemoveClaimsAsync(user, removing);
        }

        if (adding.Count > 0)
        {
            await users.AddClaimsAsync(user, adding);
        }

        return removing.Count + adding.Count > 0;
    }
}

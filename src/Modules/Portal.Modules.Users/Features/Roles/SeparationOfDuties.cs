using Portal.Core.Security;

namespace Portal.Modules.Users.Features.Roles;

/// <summary>
/// 三员分立: an account may not be two of 系统管理员 / 安全管理员 / 审计管理员, by role name or by the
/// permissions its roles carry (a custom role cannot smuggle two duties into one account either). Reading people's
/// personal files is a duty of its own, so no administrator may grant it to itself.
/// </summary>
internal static class SeparationOfDuties
{
    public static string? Check(IEnumerable<string> roles, IReadOnlySet<AdministratorDuty> duties)
    {
        var named = roles.Where(r => PortalRoles.Administrators.ContainsKey(r)).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count > 1)
        {
            return $"三员分立：同一账号不能同时担任{string.Join("和", named)}。请为每个管理员使用不同的账号。";
        }

        var held = duties.Concat(named.Select(r => PortalRoles.Administrators[r])).Distinct().ToList();
        return held.Count > 1
            ? $"三员分立：这样分配后，同一账号将同时拥有{string.Join("和", held.Select(Name))}的权限。请为每个管理员使用不同的账号。"
            : null;
    }

    public static string Name(AdministratorDuty duty) => duty switch
    {
        AdministratorDuty.System => "系统管理员",
        AdministratorDuty.Security => "安全管理员",
        AdministratorDuty.Audit => "审计管理员",
        AdministratorDuty.PersonalData => "个人信息业务（信息员、审核员）",
        _ => "普通",
    };
}

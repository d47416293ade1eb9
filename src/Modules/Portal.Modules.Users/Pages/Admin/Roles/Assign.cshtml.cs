using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Users.Domain;
using Portal.Modules.Users.Features.Accounts;
using Portal.Modules.Users.Features.Roles;

namespace Portal.Modules.Users.Pages.Admin.Roles;

/// <summary>Gives one account its roles; 三员分立 is enforced by <see cref="RoleAssignment"/>.</summary>
[RequirePermission(Permissions.ManageRoles)]
internal sealed class AssignModel(UserManager<PortalUser> users, RoleManager<IdentityRole> roles, RoleAssignment assignment, StaffPasswordReset reset) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty]
    public List<string> Selected { get; set; } = [];

    public PortalUser? Account { get; private set; }

    public IReadOnlyList<string> AllRoles { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>A password reset here, shown on this response only.</summary>
    public string? NewPassword { get; private set; }

    /// <summary>The account is a 系统管理员 or 审计管理员, whose password only the 安全管理员 resets.</summary>
    public bool CanReset { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        Selected = [.. await users.GetRolesAsync(Account!)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        Error = await assignment.SetUserRolesAsync(Account!, Selected, HttpContext.RequestAborted);
        if (Error is not null)
        {
            return Page();
        }

        TempData["Message"] = $"账号 {Account!.UserName} 的角色已保存，一分钟内生效。";
        return RedirectToPage(new { user = UserName });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync()
    {
        if (!await LoadAsync())
        {
            return Page();
        }

        (NewPassword, Error) = await reset.ResetAsync(User, Account!, HttpContext.RequestAborted);
        Selected = [.. await users.GetRolesAsync(Account!)];
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        AllRoles = await roles.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync(HttpContext.RequestAborted);
        Account = string.IsNullOrWhiteSpace(UserName) ? null : await users.FindByNameAsync(UserName.Trim());
        if (Account is null)
        {
            Error = string.IsNullOrWhiteSpace(UserName) ? "请填写用户名。" : $"账号“{UserName}”不存在。";
        }
        else
        {
            var duties = await assignment.DutiesOfAsync(Account);
            CanReset = duties.Contains(AdministratorDuty.System) || duties.Contains(AdministratorDuty.Audit);
        }

        return Account is not null;
    }
}

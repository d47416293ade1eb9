using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Users.Features.Roles;

namespace Portal.Modules.Users.Pages.Admin.Roles;

/// <summary>The 安全管理员's page: the site's roles, what each grants, and who holds which role.</summary>
[RequirePermission(Permissions.ManageRoles)]
internal sealed class IndexModel(RoleManager<IdentityRole> roles, RoleSeeder seeder, RoleAssignment assignment, IAuditLog audit) : PageModel
{
    public sealed record Row(IdentityRole Role, int PermissionCount, bool BuiltIn);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    [BindProperty]
    public string? NewRole { get; set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var name = NewRole?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 30)
        {
            Error = "请填写角色名称（不超过 30 个字）。";
        }
        else if (await roles.RoleExistsAsync(name))
        {
            Error = $"角色“{name}”已存在。";
        }
        else
        {
            await roles.CreateAsync(new IdentityRole(name));
            await audit.WriteAsync(new AuditEntry(AuditActions.PermissionGrant, $"角色 {name}") { Detail = "创建角色" }, HttpContext.RequestAborted);
            return RedirectToPage("Edit", new { name });
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        await seeder.EnsureAsync(HttpContext.RequestAborted);
        var rows = new List<Row>();
        foreach (var role in await roles.Roles.OrderBy(r => r.Name).ToListAsync(HttpContext.RequestAborted))
        {
            rows.Add(new Row(role, (await assignment.PermissionsOfAsync(role)).Count, PortalRoles.All.Contains(role.Name)));
        }

        Rows = [.. rows.OrderBy(r => r.BuiltIn ? PortalRoles.All.ToList().IndexOf(r.Role.Name!) : 100)];
    }
}

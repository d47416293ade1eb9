using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Users.Features.Roles;

namespace Portal.Modules.Users.Pages.Admin.Roles;

/// <summary>The 安全管理员's page: the site's roles, what each grants, and who holds which role.</summary>
[RequirePermission(Permissions.ManageRoles)]
internal sealed class IndexModel(RoleManager<IdentityRole> roles, RoleSeeder seeder, RoleCatalog declared, RoleAssignment assignment, IAuditLog audit) : PageModel
{
    /// <summary>One role; <paramref name="Source"/> is 内置 (the platform's), the declaring module's name, or 自定义.</summary>
    public sealed record Row(IdentityRole Role, int PermissionCount, string Source, string? Description);

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
            var declaration = declared.Find(role.Name!);
            var source = declaration is null ? "自定义" : declared.ModuleOf(role.Name!)?.Manifest.Name ?? "内置";
            rows.Add(new Row(role, (await assignment.PermissionsOfAsync(role)).Count, source, declaration?.Description));
        }

        // The platform's roles in their usual order, then the modules' roles, then the site's own.
        Rows = [.. rows.OrderBy(r => PortalRoles.All.Contains(r.Role.Name!) ? PortalRoles.All.ToList().IndexOf(r.Role.Name!) : r.Source == "自定义" ? 200 : 100)];
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Modules.Users.Features.Roles;

namespace Portal.Modules.Users.Pages.Admin.Roles;

/// <summary>Ticks the permissions a role grants, grouped by feature; refused when it would break 三员分立.</summary>
[RequirePermission(Permissions.ManageRoles)]
internal sealed class EditModel(RoleManager<IdentityRole> roles, RoleAssignment assignment, PermissionCatalog catalog, TenantContext tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Name { get; set; }

    [BindProperty]
    public List<string> Granted { get; set; } = [];

    public IReadOnlyList<IGrouping<string, Permission>> Groups { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await FindAsync() is not { } role)
        {
            return NotFound();
        }

        Granted = [.. await assignment.PermissionsOfAsync(role)];
        Groups = catalog.ForFeatures(tenant.RequiredShell.Features);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await FindAsync() is not { } role)
        {
            return NotFound();
        }

        // Permissions of features that are off stay as they were: this page does not show them.
        var shown = catalog.ForFeatures(tenant.RequiredShell.Features).SelectMany(g => g).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var kept = (await assignment.PermissionsOfAsync(role)).Where(p => !shown.Contains(p));
        Error = await assignment.SetRolePermissionsAsync(role, [.. Granted.Where(shown.Contains).Concat(kept).Distinct(StringComparer.Ordinal)], HttpContext.RequestAborted);
        if (Error is not null)
        {
            Groups = catalog.ForFeatures(tenant.RequiredShell.Features);
            return Page();
        }

        TempData["Message"] = $"角色“{role.Name}”的权限已保存，已登录的账号在一分钟内生效。";
        return RedirectToPage(new { Name });
    }

    private async Task<IdentityRole?> FindAsync() => string.IsNullOrWhiteSpace(Name) ? null : await roles.FindByNameAsync(Name);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Features.Units;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Pages.Admin.Archives;

/// <summary>Add, change or remove one unit; every check and the audit entry are the writer's.</summary>
[RequirePermission(Permissions.Units)]
internal sealed class UnitEditModel(ArchivesDbContext db, UnitWriter writer) : PageModel
{
    [BindProperty]
    public UnitInput Input { get; set; } = new();

    /// <summary>The units that may become the parent: all but this one and those below it.</summary>
    public IReadOnlyList<(Unit Unit, int Depth)> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);
            if (unit is null)
            {
                return NotFound();
            }

            Input = UnitInput.From(unit);
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        try
        {
            var saved = await writer.SaveAsync(Input, User.Identity?.Name ?? "", HttpContext.RequestAborted);
            TempData["Message"] = $"单位“{saved.Name}”已保存。";
            return Redirect(Url.Content("~/admin/archives/units"));
        }
        catch (UnitException refused)
        {
            ModelState.AddModelError(refused.Field.Length == 0 ? "" : "Input." + refused.Field, refused.Message);
            await LoadAsync();
            return Page();
        }
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int version)
    {
        try
        {
            await writer.RemoveAsync(id, version, User.Identity?.Name ?? "", HttpContext.RequestAborted);
            TempData["Message"] = "单位已删除。";
            return Redirect(Url.Content("~/admin/archives/units"));
        }
        catch (UnitException refused)
        {
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, HttpContext.RequestAborted);
            if (unit is null)
            {
                return NotFound();
            }

            Input = UnitInput.From(unit);
            ModelState.Clear();
            ModelState.AddModelError("", refused.Message);
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        var units = await db.Units.AsNoTracking().ToListAsync(HttpContext.RequestAborted);
        var below = Input.Id == 0 ? new HashSet<int>() : UnitTree.Subtree(units, Input.Id);
        Parents = [.. UnitTree.Flatten(units).Where(row => !below.Contains(row.Unit.Id))];
    }
}

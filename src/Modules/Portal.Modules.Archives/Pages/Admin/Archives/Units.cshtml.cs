using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Pages.Admin.Archives;

/// <summary>The site's units as a tree: parents first, their units indented below them.</summary>
[RequirePermission(Permissions.Units)]
internal sealed class UnitsModel(ArchivesDbContext db) : PageModel
{
    public IReadOnlyList<(Unit Unit, int Depth)> Rows { get; private set; } = [];

    public async Task OnGetAsync()
        => Rows = UnitTree.Flatten(await db.Units.AsNoTracking().ToListAsync(HttpContext.RequestAborted));
}

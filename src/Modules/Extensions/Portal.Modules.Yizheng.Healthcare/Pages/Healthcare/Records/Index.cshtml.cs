using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Yizheng.Healthcare.Domain;
using Portal.Modules.Yizheng.Healthcare.Persistence;

namespace Portal.Modules.Yizheng.Healthcare.Pages.Healthcare.Records;

[Authorize]
public sealed class IndexModel(HealthcareDbContext db) : PageModel
{
    public IReadOnlyList<HealthcareAssignment> Rows { get; private set; } = [];

    public async Task OnGetAsync()
        => Rows = await db.Assignments.AsNoTracking().OrderBy(a => a.Unit).ThenBy(a => a.RetireeName).ToListAsync(HttpContext.RequestAborted);
}

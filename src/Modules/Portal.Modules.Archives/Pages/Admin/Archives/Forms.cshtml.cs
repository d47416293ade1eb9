using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Pages.Admin.Archives;

/// <summary>The site's archive forms (from the archiveForms recipe step), one form's fields and its revisions.</summary>
[RequirePermission(Permissions.Forms)]
internal sealed class FormsModel(FormsDbContext db) : PageModel
{
    public IReadOnlyList<ArchiveForm> Forms { get; private set; } = [];

    public ArchiveForm? Shown { get; private set; }

    public IReadOnlyList<FormField> Fields { get; private set; } = [];

    public IReadOnlyList<(ArchiveFormRevision Revision, int FieldCount)> Revisions { get; private set; } = [];

    public async Task OnGetAsync(string? key)
    {
        var cancel = HttpContext.RequestAborted;
        Forms = await db.Forms.AsNoTracking().OrderBy(f => f.Id).ToListAsync(cancel);
        Shown = Forms.FirstOrDefault(f => f.Key == key);
        if (Shown is null)
        {
            return;
        }

        var formId = Shown.Id;
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.FormId == formId).OrderByDescending(r => r.Revision).ToListAsync(cancel);
        Revisions = [.. revisions.Select(r => (r, FormRules.Deserialize(r.Fields).Count))];
        Fields = FormRules.Ordered(FormRules.Deserialize(revisions.FirstOrDefault(r => r.Revision == Shown.Revision)?.Fields ?? "[]"));
    }
}

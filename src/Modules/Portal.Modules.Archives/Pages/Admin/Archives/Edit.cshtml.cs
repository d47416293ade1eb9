using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Features.Records;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Pages.Admin.Archives;

/// <summary>
/// Add or change one file, with the fields of its form's current revision. Sensitive values never come back in a
/// box: they show masked, and an empty box keeps them. Opening is audited; every check is the writer's.
/// </summary>
[RequirePermission(Permissions.Read)]
[RequirePermission(Permissions.Edit)]
internal sealed class EditModel(RecordsDbContext db, ArchivesDbContext units, FormsDbContext forms, RecordReader reader, RecordWriter writer, IAuditLog audit) : PageModel
{
    [BindProperty]
    public RecordInput Input { get; set; } = new();

    public string FormTitle { get; private set; } = "";

    public IReadOnlyList<FormField> Fields { get; private set; } = [];

    /// <summary>The stored sensitive values, masked, by field key.</summary>
    public IReadOnlyDictionary<string, string> Masked { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<int, string> Units { get; private set; } = new Dictionary<int, string>();

    public string Value(string key) => Input.Values.GetValueOrDefault(key) ?? "";

    public string? ErrorOf(string key) => ModelState.TryGetValue($"Input.Values[{key}]", out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(int? id, string? form)
    {
        var cancel = HttpContext.RequestAborted;
        if (id is null)
        {
            Input.FormKey = form ?? "tuixiu";
            await LoadAsync(null);
            if (Units.Count == 1)
            {
                Input.UnitId = Units.Keys.Single(); // a clerk of one unit need not choose it
            }

            return Page();
        }

        var record = await FindAsync(id.Value);
        if (record is null)
        {
            return NotFound();
        }

        await audit.WriteAsync(new AuditEntry(AuditActions.PersonView, RecordWriter.Target(record, Units[record.UnitId])), cancel);
        var content = await reader.OpenAsync(record, cancel);
        var sealedKeys = content.Fields.Where(f => f.IsSealed).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        Input = new RecordInput
        {
            Id = record.Id,
            Version = record.Version,
            FormKey = record.FormKey,
            UnitId = record.UnitId,
            Values = content.Values.Where(v => !sealedKeys.Contains(v.Key)).ToDictionary(v => v.Key, v => (string?)v.Value, StringComparer.Ordinal),
        };
        await LoadAsync(content);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var cancel = HttpContext.RequestAborted;
        try
        {
            var saved = await writer.SaveAsync(Input, User.VisibleUnits(), User.Identity?.Name ?? "", cancel);
            TempData["Message"] = $"{saved.Name}的档案已保存。";
            return Redirect(Url.Content("~/admin/archives"));
        }
        catch (RecordException refused)
        {
            foreach (var (field, message) in refused.Errors)
            {
                ModelState.AddModelError(field.Length == 0 ? "" : field == "UnitId" ? "Input.UnitId" : $"Input.Values[{field}]", message);
            }

            var record = Input.Id == 0 ? null : await FindAsync(Input.Id);
            await LoadAsync(record is null ? null : await reader.OpenAsync(record, cancel));
            return Page();
        }
    }

    private async Task<ArchiveRecord?> FindAsync(int id)
    {
        Units = await VisibleUnits.OfAsync(units, User, HttpContext.RequestAborted);
        var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        return record is not null && Units.ContainsKey(record.UnitId) ? record : null;
    }

    private async Task LoadAsync(RecordContent? stored)
    {
        var cancel = HttpContext.RequestAborted;
        if (Units.Count == 0)
        {
            Units = await VisibleUnits.OfAsync(units, User, cancel);
        }

        var form = await forms.Forms.AsNoTracking().FirstOrDefaultAsync(f => f.Key == Input.FormKey, cancel);
        if (form is null)
        {
            return;
        }

        FormTitle = form.Title;
        Fields = FormRules.Ordered(await reader.FieldsAsync(form.Id, form.Revision, cancel));
        Masked = stored is null ? new Dictionary<string, string>() : Fields.Where(f => f.IsSealed).ToDictionary(f => f.Key, f => FieldValue.Mask(f, stored[f.Key]), StringComparer.Ordinal);
    }
}

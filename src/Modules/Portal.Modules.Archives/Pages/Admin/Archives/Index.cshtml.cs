using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Core.Security;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Features.Records;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Pages.Admin.Archives;

/// <summary>
/// The files of the units the account may see, 身份证号 masked; found by name or by an exact 身份证号 (its lookup
/// hash). Every opening is audited; showing a sensitive value in full is a POST of its own, audited before it is shown.
/// </summary>
[RequirePermission(Permissions.Read)]
internal sealed class IndexModel(RecordsDbContext db, ArchivesDbContext units, FormsDbContext forms, RecordReader reader, PersonalDataProtector protector, IAuditLog audit) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "form")]
    public string? Form { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ArchiveRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyDictionary<string, string> Forms { get; private set; } = new Dictionary<string, string>();

    /// <summary>The value shown in full after 显示完整, with whose and which field it is.</summary>
    public (string Who, string Label, string Value)? Revealed { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var detail = $"显示 {Rows.Count} 条，共 {Total} 条" + (string.IsNullOrWhiteSpace(Query) ? "" : "（按条件查找）");
        await audit.WriteAsync(new AuditEntry(AuditActions.PersonList, "一人一档名单") { Detail = detail }, HttpContext.RequestAborted);
    }

    [RequireHandlerPermission(Permissions.Reveal)]
    public async Task<IActionResult> OnPostRevealAsync(int id, string? field)
    {
        var cancel = HttpContext.RequestAborted;
        var visible = await VisibleUnits.OfAsync(units, User, cancel);
        var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancel);
        if (record is null || !visible.TryGetValue(record.UnitId, out var unitName))
        {
            return NotFound();
        }

        var content = await reader.OpenAsync(record, cancel);
        if (content.Fields.FirstOrDefault(f => f.Key == field && f.IsSealed) is not { } shown || content[shown.Key].Length == 0)
        {
            return NotFound();
        }

        // Written before the value leaves the server: if the entry cannot be written, nothing is shown (PIPL).
        await audit.WriteAsync(new AuditEntry(AuditActions.PersonReveal, RecordWriter.Target(record, unitName)) { Detail = "查看完整" + shown.Label }, cancel);
        Revealed = (record.Name, shown.Label, shown.Type == FieldTypes.Phone ? PhoneNumber.Parse(content[shown.Key]).Number?.Display ?? content[shown.Key] : content[shown.Key]);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var cancel = HttpContext.RequestAborted;
        var visible = await VisibleUnits.OfAsync(units, User, cancel);
        Forms = await forms.Forms.AsNoTracking().OrderBy(f => f.Id).ToDictionaryAsync(f => f.Key, f => f.Title, cancel);
        var unitIds = visible.Keys.ToList();
        var query = db.Records.AsNoTracking().Where(r => unitIds.Contains(r.UnitId));
        if (Form is { Length: > 0 } form)
        {
            query = query.Where(r => r.FormKey == form);
        }

        if (Query?.Trim() is { Length: > 0 } text)
        {
            var hash = await protector.IdNumberHashAsync(text, cancel);
            query = query.Where(r => r.IdNumberHash == hash || r.Name.Contains(text));
        }

        Total = await query.CountAsync(cancel);
        PageNumber = Math.Max(1, PageNumber);
        var records = await query.OrderBy(r => r.UnitId).ThenBy(r => r.Name).ThenBy(r => r.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancel);
        var rows = new List<ArchiveRow>(records.Count);
        foreach (var record in records)
        {
            var idKey = RecordReader.IdNumberKey(await reader.FieldsAsync(record.FormId, record.FormRevision, cancel));
            rows.Add(new ArchiveRow(record, visible[record.UnitId], Forms.GetValueOrDefault(record.FormKey, record.FormKey),
                PersonalDataMasking.IdNumber(await reader.IdNumberAsync(record, cancel)), idKey));
        }

        Rows = rows;
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Data.Protection;
using Portal.Modules.Archives.Domain;
using Portal.Modules.Archives.Persistence;

namespace Portal.Modules.Archives.Features.Records;

/// <summary>Opens a record with the form revision it was written with (old records stay readable after a form changes).</summary>
internal sealed class RecordReader(FormsDbContext forms, PersonalDataProtector protector)
{
    private readonly Dictionary<(int, int), IReadOnlyList<FormField>> _revisions = [];

    public async Task<IReadOnlyList<FormField>> FieldsAsync(int formId, int revision, CancellationToken cancellationToken = default)
    {
        if (!_revisions.TryGetValue((formId, revision), out var fields))
        {
            var json = await forms.Revisions.AsNoTracking().Where(r => r.FormId == formId && r.Revision == revision).Select(r => r.Fields).FirstOrDefaultAsync(cancellationToken);
            _revisions[(formId, revision)] = fields = json is null ? [] : FormRules.Deserialize(json);
        }

        return fields;
    }

    public async Task<RecordContent> OpenAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
    {
        var fields = await FieldsAsync(record.FormId, record.FormRevision, cancellationToken);
        var values = Parse(record.Values);
        if (record.SealedValues is not null)
        {
            foreach (var (key, value) in Parse(await protector.UnprotectAsync(record.SealedValues, RecordFields.Sealed, cancellationToken)))
            {
                values[key] = value;
            }
        }

        if (record.IdNumber is not null)
        {
            values[IdNumberKey(fields)] = await protector.UnprotectAsync(record.IdNumber, RecordFields.IdNumber, cancellationToken);
        }

        return new RecordContent(fields, values);
    }

    /// <summary>The 身份证号 alone, for the list's masked column (opens one value, not the whole file).</summary>
    public async Task<string> IdNumberAsync(ArchiveRecord record, CancellationToken cancellationToken = default)
        => await protector.UnprotectOptionalAsync(record.IdNumber, RecordFields.IdNumber, cancellationToken);

    /// <summary>The key the record's 身份证号 is kept under: the form's first 身份证号 field.</summary>
    public static string IdNumberKey(IReadOnlyList<FormField> fields) => fields.FirstOrDefault(f => f.Type == FieldTypes.IdNumber)?.Key ?? FormRules.IdNumberKey;

    public static Dictionary<string, string> Parse(string json) => JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new(StringComparer.Ordinal);
}

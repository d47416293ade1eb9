using Portal.Modules.Archives.Domain;

namespace Portal.Modules.Archives.Features.Records;

/// <summary>
/// Reads one file's typed values against its form: each value normalised (<see cref="FieldValue"/>), required ones
/// present, the 身份证号 agreeing with 出生时间 and 性别, the life dates in order. Collects every error at once.
/// </summary>
internal sealed class RecordCheck(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> stored, DateOnly today)
{
    public List<(string Field, string Message)> Errors { get; } = [];

    /// <summary>The values to store, by key. Values of fields the form no longer has are kept (nothing is lost when a county drops a field).</summary>
    /// <param name="keepSealed">True on an edit: an empty sensitive input keeps the stored value (the page never shows it in a box).</param>
    public Dictionary<string, string> Read(IReadOnlyDictionary<string, string?> typed, bool keepSealed)
    {
        var keys = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var values = stored.Where(v => !keys.Contains(v.Key)).ToDictionary(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.Type != FieldTypes.File))
        {
            var (value, error) = FieldValue.Normalise(field, typed.GetValueOrDefault(field.Key), today);
            if (error is not null)
            {
                Errors.Add((field.Key, error));
                continue;
            }

            if (value!.Length == 0 && keepSealed && field.IsSealed)
            {
                value = stored.GetValueOrDefault(field.Key, "");
            }

            if (value.Length == 0)
            {
                if (field.Required)
                {
                    Errors.Add((field.Key, $"请填写{field.Label}。"));
                }

                continue;
            }

            values[field.Key] = value;
        }

        CheckAgreement(values);
        return values;
    }

    private void CheckAgreement(Dictionary<string, string> values)
    {
        var failed = Errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        var idField = fields.FirstOrDefault(f => f.Type == FieldTypes.IdNumber);
        if (idField is not null && !failed.Contains(idField.Key) && values.TryGetValue(idField.Key, out var id) && IdentityNumber.Parse(id, today).Number is { } number)
        {
            var birth = failed.Contains(LifeDates.Birth) ? null : FieldValue.ParseDate(values.GetValueOrDefault(LifeDates.Birth));
            var sex = failed.Contains(FormRules.SexKey) ? null : SexText.Parse(values.GetValueOrDefault(FormRules.SexKey));
            Errors.AddRange(number.Disagreements(birth, sex, LifeDates.Birth, FormRules.SexKey));
        }

        var dates = LifeDates.Order.ToDictionary(o => o.Field, o => failed.Contains(o.Field) ? null : FieldValue.ParseDate(values.GetValueOrDefault(o.Field)));
        Errors.AddRange(LifeDates.Check(dates, today));
    }
}

namespace Portal.Modules.Archives.Domain;

/// <summary>
/// The dates of a cadre's life in the order they must happen: 出生 &lt; 参加工作 &lt; 入党 &lt; 离退休 (&lt; 去世).
/// Each date given must be later than every earlier one given; a missing date is skipped, not guessed.
/// The keys are the field keys of the archive forms.
/// </summary>
internal static class LifeDates
{
    public const string Birth = "birthDate";
    public const string Work = "workDate";
    public const string Party = "partyDate";
    public const string Retirement = "retirementDate";
    public const string Death = "deathDate";

    /// <summary>The order, with the words the forms use.</summary>
    public static readonly IReadOnlyList<(string Field, string Label)> Order =
    [
        (Birth, "出生时间"),
        (Work, "参加工作时间"),
        (Party, "入党时间"),
        (Retirement, "离退休时间"),
        (Death, "去世时间"),
    ];

    /// <summary>Every date out of order or in the future, as (field, message) naming both fields.</summary>
    public static IReadOnlyList<(string Field, string Message)> Check(IReadOnlyDictionary<string, DateOnly?> dates, DateOnly today)
    {
        var errors = new List<(string, string)>();
        (string Field, string Label, DateOnly Date)? latest = null;
        foreach (var (field, label) in Order)
        {
            if (dates.GetValueOrDefault(field) is not { } date)
            {
                continue;
            }

            if (date > today)
            {
                errors.Add((field, $"{label}（{date:yyyy-MM-dd}）不能晚于今天。"));
                continue;
            }

            if (latest is { } before && date <= before.Date)
            {
                errors.Add((field, $"{label}（{date:yyyy-MM-dd}）应晚于{before.Label}（{before.Date:yyyy-MM-dd}），请核对。"));
                continue; // compare the next date with the last one in order, not with this suspect one
            }

            latest = (field, label, date);
        }

        return errors;
    }
}

namespace Portal.Modules.Policies.Domain;

/// <summary>
/// How often one query was searched on this site in one week, and how often it found nothing. Only the
/// words and the counts are kept: no user, session, address or time of day.
/// </summary>
internal sealed class SearchTermWeek
{
    public long Id { get; set; }

    /// <summary>The Monday of the week (UTC+8 calendar).</summary>
    public DateOnly Week { get; set; }

    /// <summary>The query as normalised for counting (width, case, spaces), at most <see cref="MaxLength"/> characters.</summary>
    public string Query { get; set; } = "";

    public int Searches { get; set; }

    public int ZeroResults { get; set; }

    public const int MaxLength = 60;
}

namespace Portal.Modules.Audit.Features.Search;

/// <summary>Query string of the audit API: from, to (yyyy-MM-dd), account, action, target, outcome, page.</summary>
internal sealed class AuditApiFilter
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Account { get; set; }

    public string? Action { get; set; }

    public string? Target { get; set; }

    public string? Outcome { get; set; }

    public int? Page { get; set; }

    public AuditFilter ToFilter() => new()
    {
        From = From, To = To, Account = Account, Action = Action, Target = Target, Outcome = Outcome, Page = Math.Max(1, Page ?? 1),
    };
}

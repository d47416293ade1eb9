namespace Portal.Modules.Audit.Features.Search;

/// <summary>What the 审计管理员 searches by; every field is optional. Dates are whole days, local time.</summary>
internal sealed class AuditFilter
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public string? Account { get; set; }

    public string? Action { get; set; }

    public string? Target { get; set; }

    public string? Outcome { get; set; }

    public int Page { get; set; } = 1;
}

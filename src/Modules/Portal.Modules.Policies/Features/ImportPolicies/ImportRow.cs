namespace Portal.Modules.Policies.Features.ImportPolicies;

/// <summary>One good line of an import file (the corpus format: id, title, issuer, doc_number, date, category, body).</summary>
internal sealed record ImportRow(
    int Line,
    string ExternalId,
    string Title,
    string? Issuer,
    string? DocNumber,
    DateOnly? Date,
    string? Category,
    string Body);

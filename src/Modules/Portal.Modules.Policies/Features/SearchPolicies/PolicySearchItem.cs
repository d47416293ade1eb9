namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>One hit as the JSON API returns it.</summary>
internal sealed record PolicySearchItem(
    long Id,
    string? ExternalId,
    string Title,
    string? DocNumber,
    string? Issuer,
    string? Date,
    string? Validity,
    string Snippet,
    string Url,
    string Source);

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>One suggestion under the search box: a document's title and number, its page, and the site it comes from.</summary>
internal sealed record PolicySuggestion(string Title, string? DocNumber, string Url, string Source);

namespace Portal.Modules.Policies.Features.SearchPolicies;

/// <summary>The suggest API's answer (an object, so fields can be added later without breaking readers).</summary>
internal sealed record PolicySuggestions(IReadOnlyList<PolicySuggestion> Items);

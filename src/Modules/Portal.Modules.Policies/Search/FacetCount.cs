namespace Portal.Modules.Policies.Search;

internal sealed record FacetCount(string Value, int Count);

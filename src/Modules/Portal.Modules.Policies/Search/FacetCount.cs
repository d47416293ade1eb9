namespace Portal.Modules.Policies.Search;

public sealed record FacetCount(string Value, int Count);

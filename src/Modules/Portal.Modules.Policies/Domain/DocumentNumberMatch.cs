namespace Portal.Modules.Policies.Domain;

/// <summary>A document number found inside a longer query, with its position in the query text.</summary>
internal sealed record DocumentNumberMatch(DocumentNumber Number, int Index, int Length);

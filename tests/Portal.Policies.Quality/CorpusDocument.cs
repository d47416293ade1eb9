using Portal.Modules.Policies.Search;

namespace Portal.Policies.Quality;

/// <summary>A corpus line mapped to the engine's document, keeping the raw fields the query generator needs.</summary>
internal sealed record CorpusDocument(PolicyIndexDocument Document, string RawDocNumber);

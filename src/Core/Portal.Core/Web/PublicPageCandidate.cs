namespace Portal.Core.Web;

/// <summary>A request the cache could not answer but may keep the answer of: its key, and the store's generation before the render.</summary>
internal sealed record PublicPageCandidate(string Key, long Generation);

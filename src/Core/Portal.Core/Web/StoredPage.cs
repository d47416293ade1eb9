using Microsoft.Extensions.Primitives;

namespace Portal.Core.Web;

/// <summary>One kept answer of a public page: its body and the headers the page set, the tags that evict it, its tenant.</summary>
internal sealed class StoredPage(byte[] body, KeyValuePair<string, StringValues>[] headers, string[] tags, string? tenant, long storedTicks)
{
    public byte[] Body { get; } = body;

    /// <summary>Headers the page itself set (not those every answer gets before the cache, such as the security headers).</summary>
    public KeyValuePair<string, StringValues>[] Headers { get; } = headers;

    public string[] Tags { get; } = tags;

    /// <summary>For the request metrics' tenant tag; null on platform pages.</summary>
    public string? Tenant { get; } = tenant;

    public long StoredTicks { get; } = storedTicks;

    public long ExpiresTicks { get; } = storedTicks + (long)PublicPageStore.Lifetime.TotalMilliseconds;

    /// <summary>What the page costs in memory, roughly: body, headers, tags and key.</summary>
    public long Bytes { get; } = body.Length + (64L * (headers.Length + tags.Length)) + 256;

    public bool HasTag(string tag) => Array.IndexOf(Tags, tag) >= 0;
}

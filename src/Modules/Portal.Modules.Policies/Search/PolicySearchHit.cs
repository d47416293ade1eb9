namespace Portal.Modules.Policies.Search;

internal sealed record PolicySearchHit
{
    public required long Id { get; init; }

    /// <summary>The tenant whose index the hit came from (county, city or province).</summary>
    public required string Tenant { get; init; }

    public string? ExternalId { get; init; }

    public required string Title { get; init; }

    public string? DocNumber { get; init; }

    public string? Issuer { get; init; }

    public DateOnly? Date { get; init; }

    public string? Level { get; init; }

    public string? Category { get; init; }

    public string? Validity { get; init; }

    /// <summary>HTML-escaped text with &lt;mark&gt; around matches (adjacent marks merged).</summary>
    public required string SnippetHtml { get; init; }

    public float Score { get; init; }
}

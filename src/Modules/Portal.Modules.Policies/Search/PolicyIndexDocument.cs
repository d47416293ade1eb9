namespace Portal.Modules.Policies.Search;

/// <summary>One policy document as the search engine sees it (the database row, flattened).</summary>
internal sealed record PolicyIndexDocument
{
    public required long Id { get; init; }

    /// <summary>Short name of the publishing site (tenant).</summary>
    public required string Tenant { get; init; }

    public string? ExternalId { get; init; }

    public required string Title { get; init; }

    /// <summary>发文字号, any spelling; it is normalised to the canonical form when it parses.</summary>
    public string? DocNumber { get; init; }

    /// <summary>发文机关.</summary>
    public string? Issuer { get; init; }

    /// <summary>成文/发布 date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>层级: 中央/省/市/县.</summary>
    public string? Level { get; init; }

    /// <summary>主题分类.</summary>
    public string? Category { get; init; }

    /// <summary>有效性: 现行有效/已修订/已废止/失效.</summary>
    public string? Validity { get; init; }

    /// <summary>主题词.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>Plain text (Markdown already stripped).</summary>
    public string? Body { get; init; }

    public string? AttachmentText { get; init; }
}

namespace Portal.Modules.Policies.Domain;

/// <summary>A policy document (政策文件) with the metadata of the government-information standard.</summary>
internal sealed class PolicyDocument
{
    public long Id { get; set; }

    /// <summary>Id in the system it was imported from; imports are idempotent by it.</summary>
    public string? ExternalId { get; set; }

    /// <summary>标题.</summary>
    public string Title { get; set; } = "";

    /// <summary>发文字号, stored in canonical form (〔〕) when it parses.</summary>
    public string? DocNumber { get; set; }

    /// <summary>发文机关.</summary>
    public string? Issuer { get; set; }

    /// <summary>成文日期.</summary>
    public DateOnly? WrittenOn { get; set; }

    /// <summary>发布日期.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>实施日期.</summary>
    public DateOnly? EffectiveOn { get; set; }

    /// <summary>废止日期.</summary>
    public DateOnly? RepealedOn { get; set; }

    /// <summary>主题分类.</summary>
    public string? Category { get; set; }

    /// <summary>主题词, separated by spaces or 、.</summary>
    public string? Keywords { get; set; }

    /// <summary>体裁 (通知, 意见, 办法 …).</summary>
    public string? Genre { get; set; }

    /// <summary>索引号.</summary>
    public string? IndexNumber { get; set; }

    /// <summary>层级: 中央/省/市/县.</summary>
    public string? Level { get; set; }

    public PolicyValidity Validity { get; set; }

    /// <summary>The document that amends or replaces this one (same site).</summary>
    public long? ReplacedById { get; set; }

    /// <summary>Markdown; rendered through a sanitizer.</summary>
    public string Body { get; set; } = "";

    /// <summary>
    /// <see cref="Body"/> rendered to safe HTML when it was saved, so a view does not render it again (ADR 0026).
    /// Null for rows written before it existed or cleared by a renderer upgrade: the reader renders those and stores the result.
    /// </summary>
    public string? BodyHtml { get; set; }

    public PolicyStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>Optimistic concurrency: incremented on every change.</summary>
    public int Version { get; set; }

    public List<PolicyAttachment> Attachments { get; set; } = [];

    /// <summary>The date search sorts and filters by: 发布日期, else 成文日期.</summary>
    public DateOnly? SearchDate => PublishedOn ?? WrittenOn;

    public IReadOnlyList<string> KeywordList => string.IsNullOrWhiteSpace(Keywords)
        ? []
        : Keywords.Split([' ', '、', ',', '，', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

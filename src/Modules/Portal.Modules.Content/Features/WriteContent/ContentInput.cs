namespace Portal.Modules.Content.Features.WriteContent;

/// <summary>What an editor fills in (the edit page, the recipe step and the importer bind to it). Times are Beijing time.</summary>
internal sealed class ContentInput
{
    public long Id { get; set; }

    /// <summary>The item's version the editor started from (optimistic concurrency).</summary>
    public int Version { get; set; }

    public string? ExternalId { get; set; }

    /// <summary>The column's slug.</summary>
    public string Column { get; set; } = "";

    /// <summary>article, notice or page (also 文章, 通知, 单页).</summary>
    public string Kind { get; set; } = "article";

    public string Title { get; set; } = "";

    public string? Subtitle { get; set; }

    public string? Author { get; set; }

    public string? Source { get; set; }

    public string? Summary { get; set; }

    public string? Markdown { get; set; }

    /// <summary>An imported body in HTML: sanitized on the way in and kept as the body (no Markdown).</summary>
    public string? Html { get; set; }

    public string? Tags { get; set; }

    public long? CoverMediaId { get; set; }

    public string? AttachmentIds { get; set; }

    public bool Pinned { get; set; }

    public bool SharedDown { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>发布时间 shown to readers; a future time schedules the publishing.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>定时撤回.</summary>
    public DateTime? UnpublishAt { get; set; }
}

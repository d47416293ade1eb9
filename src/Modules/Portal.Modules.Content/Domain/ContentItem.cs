namespace Portal.Modules.Content.Domain;

/// <summary>
/// One news item, notice or page. What readers see is version <see cref="PublishedNumber"/>; editors work on
/// <see cref="LatestNumber"/>, which may be a new draft beside the published version. Written only by ContentWriter.
/// </summary>
internal sealed class ContentItem
{
    public long Id { get; set; }

    public long ColumnId { get; set; }

    public Column? Column { get; set; }

    /// <summary>Kind and column belong to the item, not to a version: changing them applies at once.</summary>
    public ContentKind Kind { get; set; }

    /// <summary>The old site's id for imported items (idempotent re-import).</summary>
    public string? ExternalId { get; set; }

    /// <summary>The title readers see (the newest version's while nothing is published yet).</summary>
    public string Title { get; set; } = "";

    /// <summary>The newest version's number (1, 2, 3 …).</summary>
    public int LatestNumber { get; set; }

    /// <summary>The number of the version readers see; null while nothing is published.</summary>
    public int? PublishedNumber { get; set; }

    public List<ContentRevision> Revisions { get; set; } = [];

    /// <summary>The time readers see (发布时间), UTC: set on first publishing, or given by the editor or the import.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>Copied from the published version so lists sort without reading revisions.</summary>
    public bool Pinned { get; set; }

    public bool SharedDown { get; set; }

    /// <summary>A notice no longer applies after this day (Beijing time); it leaves the home page.</summary>
    public DateOnly? ValidUntil { get; set; }

    /// <summary>定时发布: the newest version is published at this time (UTC) by the scheduler.</summary>
    public DateTime? PublishAtUtc { get; set; }

    /// <summary>定时撤回: the item is withdrawn at this time (UTC).</summary>
    public DateTime? UnpublishAtUtc { get; set; }

    public ReviewState Review { get; set; }

    public string? ReviewComment { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string UpdatedBy { get; set; } = "";

    public int Version { get; set; }

    public bool IsPublished => PublishedNumber is not null;

    /// <summary>There is a version newer than the published one (or nothing is published yet).</summary>
    public bool HasDraft => PublishedNumber != LatestNumber;
}

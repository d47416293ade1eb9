namespace Portal.Modules.Content.Domain;

/// <summary>One saved version of an item: every save adds one, so history, diff and restore read these.</summary>
internal sealed class ContentRevision
{
    public long Id { get; set; }

    public long ItemId { get; set; }

    /// <summary>1, 2, 3 … within the item.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = "";

    public string? Subtitle { get; set; }

    public string? Author { get; set; }

    /// <summary>来源: the office or paper the text comes from.</summary>
    public string? Source { get; set; }

    public string? Summary { get; set; }

    public string Markdown { get; set; } = "";

    /// <summary>Sanitized HTML rendered when saved (ADR 0026); pages show this, never the Markdown.</summary>
    public string BodyHtml { get; set; } = "";

    /// <summary>Tags separated by spaces or commas, as the editor typed them.</summary>
    public string? Tags { get; set; }

    /// <summary>Media library ids (the media module's files): the cover image and the attachments in order.</summary>
    public long? CoverMediaId { get; set; }

    public string? AttachmentIds { get; set; }

    public bool Pinned { get; set; }

    public bool SharedDown { get; set; }

    public DateOnly? ValidUntil { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>What made this version when it was not a plain save (e.g. 恢复自第 3 版, 导入).</summary>
    public string? Note { get; set; }
}

namespace Portal.Modules.Content.Features.Reading;

/// <summary>The published version of one item as its page shows it.</summary>
internal sealed record PublishedBody(string Title, string? Subtitle, string? Author, string? Source, string? Summary, string BodyHtml, string? Tags, long? CoverMediaId, string? AttachmentIds)
{
    /// <summary>The cover and attachments, resolved when the body is first read.</summary>
    public ItemFiles Files { get; init; } = ItemFiles.None;
}

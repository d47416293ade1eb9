namespace Portal.Modules.Policies.Domain;

/// <summary>A file attached to a policy document; a PDF's text is extracted for search.</summary>
internal sealed class PolicyAttachment
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    /// <summary>The name the editor uploaded it under (shown and offered on download).</summary>
    public string FileName { get; set; } = "";

    /// <summary>Name of the stored file inside the tenant's media folder (content hash + extension).</summary>
    public string StoredName { get; set; } = "";

    public string ContentType { get; set; } = "application/octet-stream";

    public long Length { get; set; }

    public string? ExtractedText { get; set; }

    public DateTime CreatedUtc { get; set; }
}

using Portal.Modules.Media.Contracts;

namespace Portal.Modules.Media.Domain;

/// <summary>
/// One file of a site's library. A deleted file keeps its row (<see cref="DeletedUtc"/>): its id is never given to other
/// bytes, which is what lets its URL be cached as immutable.
/// </summary>
internal sealed class MediaItem
{
    public long Id { get; set; }

    /// <summary>The name shown and offered on download: the uploaded name with the extension of what the file really is.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Name of the stored original in the site's library folder (content hash + extension); widths add "-w320" etc.</summary>
    public string StoredName { get; set; } = "";

    /// <summary>The type found in the bytes (for images: of the re-encoded file that is served).</summary>
    public string ContentType { get; set; } = "";

    public MediaKind Kind { get; set; }

    /// <summary>Bytes of the stored original.</summary>
    public long Length { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public string? AltText { get; set; }

    /// <summary>SHA-256 of the uploaded bytes (lower-case hex): the same bytes uploaded again find this row.</summary>
    public string Sha256 { get; set; } = "";

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedUtc { get; set; }

    public DateTime? DeletedUtc { get; set; }

    public int Version { get; set; }
}

using Portal.Modules.Media.Contracts;

namespace Portal.Modules.Media.Features.Sniffing;

/// <summary>A type the library accepts: its canonical extension, the other names people give it, and how it is served.</summary>
internal sealed record FileType(string Extension, string ContentType, MediaKind Kind, params string[] OtherExtensions)
{
    public static readonly FileType Jpeg = new(".jpg", "image/jpeg", MediaKind.Image, ".jpeg", ".jpe");
    public static readonly FileType Png = new(".png", "image/png", MediaKind.Image);
    public static readonly FileType Gif = new(".gif", "image/gif", MediaKind.Image);
    public static readonly FileType Webp = new(".webp", "image/webp", MediaKind.Image);
    public static readonly FileType Pdf = new(".pdf", "application/pdf", MediaKind.Document);

    // The binary Office formats; WPS Office's own .wps/.et/.dps files are the same compound files.
    public static readonly FileType Doc = new(".doc", "application/msword", MediaKind.Document, ".wps", ".dot");
    public static readonly FileType Xls = new(".xls", "application/vnd.ms-excel", MediaKind.Document, ".et");
    public static readonly FileType Ppt = new(".ppt", "application/vnd.ms-powerpoint", MediaKind.Document, ".dps");

    public static readonly FileType Docx = new(".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaKind.Document);
    public static readonly FileType Xlsx = new(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaKind.Document);
    public static readonly FileType Pptx = new(".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", MediaKind.Document);
    public static readonly FileType Odt = new(".odt", "application/vnd.oasis.opendocument.text", MediaKind.Document);
    public static readonly FileType Ods = new(".ods", "application/vnd.oasis.opendocument.spreadsheet", MediaKind.Document);
    public static readonly FileType Odp = new(".odp", "application/vnd.oasis.opendocument.presentation", MediaKind.Document);

    /// <summary>Only a PDF opens in the browser; everything else is downloaded (an Office file has nothing to show inline).</summary>
    public bool Inline => Kind == MediaKind.Image || this == Pdf;

    /// <summary>The uploaded name's extension when it is one of this type's, else the canonical one ("通知.pdf" that is a DOCX becomes "通知.docx").</summary>
    public string ExtensionFor(string fileName)
    {
        var given = Path.GetExtension(fileName).ToLowerInvariant();
        return given == Extension || OtherExtensions.Contains(given) ? given : Extension;
    }
}

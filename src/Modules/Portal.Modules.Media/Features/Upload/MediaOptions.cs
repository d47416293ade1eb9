namespace Portal.Modules.Media.Features.Upload;

/// <summary>Limits of the media library, bound from "Portal:Media". The admin page accepts requests up to <see cref="RequestCeiling"/>.</summary>
internal sealed class MediaOptions
{
    /// <summary>The most an upload request may carry whatever the options say (the page's request limit is a constant).</summary>
    public const long RequestCeiling = 64L * 1024 * 1024;

    public long MaxImageBytes { get; set; } = 10L * 1024 * 1024;

    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    public static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.#}MB";
}

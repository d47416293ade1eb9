namespace Portal.Modules.Media.Contracts;

/// <summary>What a stored file is: an image (shown, resized) or a document (downloaded, or a PDF opened in the browser).</summary>
public enum MediaKind
{
    Image,
    Document,
}

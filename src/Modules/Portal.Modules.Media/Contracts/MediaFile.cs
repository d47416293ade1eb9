namespace Portal.Modules.Media.Contracts;

/// <summary>
/// A file of the current site's media library. <see cref="Url"/> is a path from the server root ("/dongxian/files/12/照片.jpg"),
/// immutable: the same URL always answers the same bytes, so pages may embed it and browsers cache it for a year.
/// Width and Height are those of the stored original (after EXIF rotation); null for documents.
/// </summary>
public sealed record MediaFile(long Id, string FileName, string ContentType, MediaKind Kind, long Length, int? Width, int? Height, string? AltText, string Url);

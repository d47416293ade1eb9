namespace Portal.Modules.Media.Contracts;

/// <summary>The media library of the current site (scoped: resolve it inside a request or a tenant scope).</summary>
public interface IMediaFiles
{
    /// <summary>The files among <paramref name="ids"/> that exist and are not deleted, in no particular order.</summary>
    Task<IReadOnlyList<MediaFile>> FindAsync(IReadOnlyCollection<long> ids, CancellationToken ct);

    /// <summary>
    /// Stores a file after checking its type by content and its size; the same bytes uploaded again return the existing file.
    /// Throws <see cref="MediaRejectedException"/> (a Chinese sentence for the editor) when the file is refused.
    /// It checks no permission: the calling page does (its own, or media.manage). The upload is audited under the signed-in account.
    /// </summary>
    Task<MediaFile> AddAsync(string fileName, Stream content, string? altText, CancellationToken ct);

    /// <summary>The URL of the smallest stored width at least <paramref name="width"/> wide, or of the original when none is.</summary>
    string ImageUrl(MediaFile file, int width);
}

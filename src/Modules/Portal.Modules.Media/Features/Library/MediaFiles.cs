using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Portal.Modules.Media.Contracts;
using Portal.Modules.Media.Domain;
using Portal.Modules.Media.Features.Upload;
using Portal.Modules.Media.Persistence;

namespace Portal.Modules.Media.Features.Library;

/// <summary>The library as other modules see it (<see cref="IMediaFiles"/>): reads here, writes through <see cref="MediaWriter"/>.</summary>
internal sealed class MediaFiles(MediaDbContext db, MediaWriter writer, MediaUrls urls, IHttpContextAccessor http) : IMediaFiles
{
    public async Task<IReadOnlyList<MediaFile>> FindAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        var items = await db.Items.AsNoTracking().Where(i => wanted.Contains(i.Id) && i.DeletedUtc == null).ToListAsync(ct);
        return [.. items.Select(ToFile)];
    }

    public async Task<MediaFile> AddAsync(string fileName, Stream content, string? altText, CancellationToken ct)
        => ToFile(await writer.AddAsync(fileName, content, altText, http.HttpContext?.User.Identity?.Name ?? "", ct));

    public string ImageUrl(MediaFile file, int width)
        => file.Kind == MediaKind.Image && file.Width is { } original && ImageWidths.Nearest(original, width) is { } stored
            ? urls.Of(file.Id, file.FileName, stored)
            : file.Url;

    public MediaFile ToFile(MediaItem item)
        => new(item.Id, item.FileName, item.ContentType, item.Kind, item.Length, item.Width, item.Height, item.AltText, urls.Of(item));
}

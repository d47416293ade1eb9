using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenants;
using Portal.Modules.Media.Contracts;

namespace Portal.Modules.Content.Features.Reading;

/// <summary>
/// Turns an item's media-library ids into what its page shows, read in the publisher's own scope (a county showing its
/// province's notice shows the province's files, at the province's addresses). Ids of removed files are left out.
/// </summary>
internal static class MediaReferences
{
    /// <summary>The media module's feature id: a site without it has no library to read.</summary>
    public const string MediaFeature = "Portal.Media";

    /// <summary>The widths the library stores (ADR 0040), offered to the browser as a srcset.</summary>
    private static readonly int[] ImageWidths = [320, 640, 1280];

    public static IReadOnlyList<long> Ids(string? list)
        => [.. (list ?? "").Split([',', '，', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => long.TryParse(part, out var id) ? id : 0).Where(id => id > 0).Distinct()];

    public static async Task<ItemFiles> ResolveAsync(IServiceProvider publisherServices, TenantShell publisher, string? requestBase, long? cover, string? attachments, CancellationToken cancellationToken)
    {
        var attachmentIds = Ids(attachments);
        if ((cover is null && attachmentIds.Count == 0) || !publisher.HasFeature(MediaFeature))
        {
            return ItemFiles.None;
        }

        var media = publisherServices.GetRequiredService<IMediaFiles>();
        var wanted = attachmentIds.Concat(cover is { } c ? [c] : []).ToList();
        var found = (await media.FindAsync(wanted, cancellationToken)).ToDictionary(f => f.Id);
        // MediaFile URLs start with the request's prefix; a page of another site needs the publisher's own.
        var publisherBase = publisher.Tenant.Prefix is { Length: > 0 } prefix ? "/" + prefix : "";
        string Rebase(string url) => requestBase is { Length: > 0 } from && url.StartsWith(from + "/", StringComparison.Ordinal) ? publisherBase + url[from.Length..] : url;

        ItemImage? image = null;
        if (cover is { } coverId && found.TryGetValue(coverId, out var file) && file.Kind == MediaKind.Image)
        {
            var widths = ImageWidths.Where(w => file.Width is null || w <= file.Width).Select(w => $"{Rebase(media.ImageUrl(file, w))} {w}w");
            image = new ItemImage(Rebase(media.ImageUrl(file, 640)), string.Join(", ", widths), file.AltText, file.Width, file.Height);
        }

        var listed = attachmentIds.Where(found.ContainsKey).Select(id => found[id])
            .Select(f => new ItemAttachment(f.FileName, Rebase(f.Url), f.Length, f.Kind == MediaKind.Image)).ToList();
        return new ItemFiles(image, listed);
    }
}

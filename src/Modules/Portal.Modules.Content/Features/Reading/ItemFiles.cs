namespace Portal.Modules.Content.Features.Reading;

/// <summary>An item's cover image and attachments as its page shows them; URLs from the server root, on the publisher's prefix.</summary>
internal sealed record ItemFiles(ItemImage? Cover, IReadOnlyList<ItemAttachment> Attachments)
{
    public static readonly ItemFiles None = new(null, []);
}

internal sealed record ItemImage(string Url, string SrcSet, string? Alt, int? Width, int? Height);

internal sealed record ItemAttachment(string Name, string Url, long Length, bool IsImage);

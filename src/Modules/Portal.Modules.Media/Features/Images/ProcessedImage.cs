using Portal.Modules.Media.Features.Sniffing;

namespace Portal.Modules.Media.Features.Images;

/// <summary>An image after decoding and re-encoding: the full-size file and its smaller widths, all without metadata.</summary>
internal sealed record ProcessedImage(FileType Type, byte[] Original, int Width, int Height, IReadOnlyList<(int Width, byte[] Content)> Widths);

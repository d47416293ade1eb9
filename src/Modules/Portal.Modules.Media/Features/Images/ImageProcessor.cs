using Portal.Modules.Media.Contracts;
using Portal.Modules.Media.Domain;
using Portal.Modules.Media.Features.Sniffing;
using SkiaSharp;

namespace Portal.Modules.Media.Features.Images;

/// <summary>
/// Every image is decoded and encoded again (ADR 0040): what is stored holds pixels only, so EXIF (GPS position, camera,
/// owner's name) and anything smuggled after the image data are gone. The EXIF rotation is applied first, so a phone
/// photo still stands upright without it. A GIF becomes a PNG of its first frame (Skia writes no GIF).
/// </summary>
internal static class ImageProcessor
{
    public const string Damaged = "图片已损坏或格式不完整，无法读取，请重新保存后再上传。";

    /// <summary>Decoding needs width × height × 4 bytes: a small file that claims 100000 × 100000 pixels is refused before.</summary>
    public const long MaxPixels = 50_000_000;

    private const int JpegQuality = 85;
    private const int WebpQuality = 82;

    public static ProcessedImage Process(FileType type, byte[] content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data) ?? throw new MediaRejectedException(Damaged);
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            throw new MediaRejectedException($"图片太大（{codec.Info.Width}×{codec.Info.Height} 像素），请缩小到 5000 万像素以内再上传。");
        }

        // Decoded into sRGB: a wide-gamut phone photo (Display P3) keeps its colours in every browser once its profile is gone.
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            throw new MediaRejectedException(Damaged);
        }

        // Most images need no turning: the decoded bitmap is used as it is (a second copy of 50 million pixels is 200 MB).
        using var turned = codec.EncodedOrigin == SKEncodedOrigin.TopLeft ? null : Orient(decoded, codec.EncodedOrigin);
        var upright = turned ?? decoded;
        var (served, format, quality) = type == FileType.Jpeg ? (FileType.Jpeg, SKEncodedImageFormat.Jpeg, JpegQuality)
            : type == FileType.Webp ? (FileType.Webp, SKEncodedImageFormat.Webp, WebpQuality)
            : (FileType.Png, SKEncodedImageFormat.Png, 100);
        var widths = new List<(int, byte[])>();
        foreach (var width in ImageWidths.StoredFor(upright.Width))
        {
            var height = Math.Max(1, (int)Math.Round(upright.Height * (double)width / upright.Width));
            using var resized = Resize(upright, width, height);
            widths.Add((width, Encode(resized, format, quality)));
        }

        return new ProcessedImage(served, Encode(upright, format, quality), upright.Width, upright.Height, widths);
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        using var encoded = image.Encode(format, quality) ?? throw new MediaRejectedException(Damaged);
        return encoded.ToArray();
    }

    private static SKBitmap Resize(SKBitmap source, int width, int height)
    {
        // Mipmaps: a 4000-pixel photo drawn at 320 would otherwise shimmer (aliasing).
        using var image = SKImage.FromBitmap(source);
        var target = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(target);
        canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        return target;
    }

    /// <summary>Applies the EXIF orientation (1–8) to the pixels, because the re-encoded file carries no EXIF to say it.</summary>
    private static SKBitmap Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        // u = ScaleX·x + SkewX·y + TransX, v = SkewY·x + ScaleY·y + TransY: where source pixel (x, y) lands.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var target = new SKBitmap(new SKImageInfo(turned ? source.Height : source.Width, turned ? source.Width : source.Height, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(target);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0);
        return target;
    }
}

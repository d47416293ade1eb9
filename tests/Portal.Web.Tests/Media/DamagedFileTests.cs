using Portal.Modules.Media.Contracts;
using Portal.Modules.Media.Features.Images;
using Portal.Modules.Media.Features.Sniffing;
using SkiaSharp;
using Xunit;

namespace Portal.Web.Tests.Media;

/// <summary>
/// Damaged and crafted files: every cut and every flipped byte of a real file either goes through or is refused with a
/// sentence (<see cref="MediaRejectedException"/>) — never another exception, which would be a 500 for the editor.
/// </summary>
public sealed class DamagedFileTests
{
    public static TheoryData<string> Kinds => ["jpeg", "png", "webp", "gif", "docx", "odt", "doc"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CutOrFlippedFiles_AreAcceptedOrRefusedWithASentence(string kind)
    {
        var original = Original(kind);
        var random = new Random(20261202);
        var failures = new List<string>();
        var variants = new List<(string, byte[])>();
        foreach (var length in new[] { 1, 4, 8, 12, 16, 33, 64, 100, 200, 511, 512, 700, original.Length / 2, original.Length - 1 }.Where(l => l < original.Length))
        {
            variants.Add(($"cut at {length}", original[..length]));
        }

        for (var i = 0; i < 60; i++)
        {
            var damaged = (byte[])original.Clone();
            var at = random.Next(Math.Min(damaged.Length, i < 30 ? 128 : damaged.Length));
            damaged[at] = (byte)random.Next(256);
            variants.Add(($"byte {at} set to {damaged[at]}", damaged));
        }

        foreach (var (what, content) in variants)
        {
            try
            {
                var type = ContentSniffer.Detect(content);
                if (type.Kind == MediaKind.Image)
                {
                    ImageProcessor.Process(type, content);
                }
            }
            catch (MediaRejectedException)
            {
                // refused with a sentence: what we want for a damaged file
            }
            catch (Exception exception)
            {
                failures.Add($"{kind} {what}: {exception.GetType().Name} {exception.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void ImageClaimingAHugeCanvas_IsRefusedBeforeDecoding()
    {
        var png = TestFiles.Image(16, 16);
        // IHDR width and height (bytes 16–23) set to 20000 × 20000: 400 million pixels from a file of a few hundred bytes.
        png[16] = 0; png[17] = 0; png[18] = 0x4E; png[19] = 0x20;
        png[20] = 0; png[21] = 0; png[22] = 0x4E; png[23] = 0x20;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17))); // a consistent header, or Skia refuses it as damaged
        var refused = Assert.Throws<MediaRejectedException>(() => ImageProcessor.Process(FileType.Png, png));
        Assert.Contains("图片太大", refused.Message, StringComparison.Ordinal);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static byte[] Original(string kind) => kind switch
    {
        "jpeg" => TestFiles.Image(300, 200, SKEncodedImageFormat.Jpeg),
        "png" => TestFiles.Image(300, 200),
        "webp" => TestFiles.Image(300, 200, SKEncodedImageFormat.Webp),
        "gif" => [.. "GIF89a"u8.ToArray(), 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B],
        "docx" => TestFiles.Docx(),
        "odt" => TestFiles.OpenDocumentText(),
        _ => TestFiles.Compound("WordDocument"),
    };
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SkiaSharp;

namespace Portal.Web.Tests.Media;

/// <summary>Files made by the tests themselves: real images drawn with Skia, and the smallest real PDF, DOCX, DOC and friends.</summary>
public static class TestFiles
{
    /// <summary>A text that must not survive re-encoding (stands for a GPS position written by a phone).</summary>
    public const string GpsMarker = "GPS 32.3942N 119.4128E 东河县人民广场";

    /// <summary>A picture with a gradient and a red square top left, so orientation and scaling can be checked.</summary>
    public static byte[] Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png, SKColor? background = null)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint { Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height), [background ?? SKColors.SteelBlue, SKColors.Gold], SKShaderTileMode.Clamp) };
            canvas.DrawRect(0, 0, width, height, paint);
            canvas.DrawRect(0, 0, width / 4f, height / 4f, new SKPaint { Color = SKColors.Red });
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    /// <summary>A JPEG with an EXIF block right after its start: orientation 6 (turn 90° clockwise) and a GPS-like text.</summary>
    public static byte[] JpegWithExif(int width, int height)
    {
        var jpeg = Image(width, height, SKEncodedImageFormat.Jpeg);
        var tiff = new List<byte>();
        tiff.AddRange("MM\0*"u8.ToArray());
        tiff.AddRange([0, 0, 0, 8]);            // first IFD at offset 8
        tiff.AddRange([0, 1]);                  // one entry
        tiff.AddRange([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0]); // Orientation (SHORT) = 6
        tiff.AddRange([0, 0, 0, 0]);            // no next IFD
        tiff.AddRange(Encoding.UTF8.GetBytes(GpsMarker));
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var segment = new byte[4 + payload.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1;
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(segment, 4);
        return [.. jpeg.Take(2), .. segment, .. jpeg.Skip(2)];
    }

    public static byte[] Pdf() => Encoding.ASCII.GetBytes("""
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """);

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert('东河')</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("""<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>""");

    /// <summary>An Office Open XML package with the given main part (word/document.xml …) and its declared type.</summary>
    public static byte[] OpenXml(string mainPart, string mainType, string? extraEntry = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            Add(zip, "[Content_Types].xml", $"""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/{mainPart}" ContentType="{mainType}"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>""");
            Add(zip, mainPart, "<document>关于做好离退休干部春节走访慰问工作的通知</document>");
            if (extraEntry is not null)
            {
                Add(zip, extraEntry, "x");
            }
        }

        return buffer.ToArray();
    }

    public static byte[] Docx() => OpenXml("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");

    public static byte[] OpenDocumentText()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            Add(zip, "mimetype", "application/vnd.oasis.opendocument.text");
            Add(zip, "content.xml", "<office:document-content/>");
        }

        return buffer.ToArray();
    }

    public static byte[] Zip()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            Add(zip, "照片/合影.txt", "不是 Office 文件");
        }

        return buffer.ToArray();
    }

    /// <summary>The smallest OLE2 compound file: header, one allocation-table sector, one directory sector naming the given stream.</summary>
    public static byte[] Compound(string streamName)
    {
        var file = new byte[512 * 3];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(file, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(0x18), 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(0x1A), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(0x1C), 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(0x1E), 9);
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(0x20), 6);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x2C), 1);          // one FAT sector
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x30), 1);          // directory starts at sector 1
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x38), 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x3C), 0xFFFFFFFE);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x44), 0xFFFFFFFE); // no DIFAT sectors
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x4C + (i * 4)), i == 0 ? 0u : 0xFFFFFFFF);
        }

        var fat = file.AsSpan(512, 512);
        fat.Fill(0xFF);
        BinaryPrimitives.WriteUInt32LittleEndian(fat, 0xFFFFFFFD);        // sector 0 holds the FAT
        BinaryPrimitives.WriteUInt32LittleEndian(fat[4..], 0xFFFFFFFE);   // sector 1: the directory, one sector long
        Entry(file.AsSpan(1024, 128), "Root Entry", 5);
        Entry(file.AsSpan(1024 + 128, 128), streamName, 2);
        return file;
    }

    private static void Entry(Span<byte> entry, string name, byte type)
    {
        var bytes = Encoding.Unicode.GetBytes(name + "\0");
        bytes.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[64..], (ushort)bytes.Length);
        entry[66] = type;
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}

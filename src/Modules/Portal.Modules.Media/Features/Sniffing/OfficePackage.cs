using System.IO.Compression;
using Portal.Modules.Media.Contracts;

namespace Portal.Modules.Media.Features.Sniffing;

/// <summary>
/// A ZIP is accepted only when it is an Office Open XML document (its [Content_Types].xml names the main part, and
/// that part's folder is there) or an OpenDocument (its "mimetype" entry says which). Macro-enabled documents and
/// anything else in a ZIP are refused. Reads only the central directory and two small entries.
/// </summary>
internal static class OfficePackage
{
    public const string Macros = "含宏的 Office 文件（docm、xlsm、pptm 等）可能携带恶意代码，不能上传；请另存为 docx、xlsx 或 pptx 后再上传。";
    public const string Archive = "压缩包不能上传到媒体库；Word、Excel、PowerPoint 文件请直接上传。";

    private const int MaxSmallEntry = 256 * 1024;

    private static readonly (string MainPart, string Folder, FileType Type)[] OpenXml =
    [
        ("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/", FileType.Docx),
        ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "xl/", FileType.Xlsx),
        ("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", "ppt/", FileType.Pptx),
    ];

    private static readonly Dictionary<string, FileType> OpenDocument = new(StringComparer.Ordinal)
    {
        ["application/vnd.oasis.opendocument.text"] = FileType.Odt,
        ["application/vnd.oasis.opendocument.spreadsheet"] = FileType.Ods,
        ["application/vnd.oasis.opendocument.presentation"] = FileType.Odp,
    };

    public static FileType Detect(ReadOnlySpan<byte> content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || n.StartsWith("Basic/", StringComparison.Ordinal) || n.StartsWith("Scripts/", StringComparison.Ordinal)))
            {
                throw new MediaRejectedException(Macros);
            }

            if (zip.GetEntry("[Content_Types].xml") is { } types)
            {
                var declared = Read(types);
                if (declared.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
                {
                    throw new MediaRejectedException(Macros);
                }

                foreach (var (mainPart, folder, type) in OpenXml)
                {
                    if (declared.Contains(mainPart, StringComparison.Ordinal) && names.Any(n => n.StartsWith(folder, StringComparison.Ordinal)))
                    {
                        return type;
                    }
                }
            }

            if (zip.GetEntry("mimetype") is { } mimetype && OpenDocument.TryGetValue(Read(mimetype).Trim(), out var openDocument))
            {
                return openDocument;
            }

            throw new MediaRejectedException(Archive);
        }
        catch (InvalidDataException)
        {
            throw new MediaRejectedException("这个文件已损坏（压缩结构不完整），无法识别，请重新保存后再上传。");
        }
    }

    /// <summary>A small text entry; one claiming to be larger is not a real Office part.</summary>
    private static string Read(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxSmallEntry)
        {
            throw new MediaRejectedException(Archive);
        }

        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}

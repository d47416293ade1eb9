using System.Text;
using Portal.Modules.Media.Contracts;
using Portal.Modules.Media.Features.Sniffing;
using SkiaSharp;
using Xunit;

namespace Portal.Web.Tests.Media;

/// <summary>The magic-byte sniffer alone: what each accepted kind is taken for, and the sentence each refused one gets.</summary>
public sealed class ContentSnifferTests
{
    public static TheoryData<string, byte[], string> Accepted => new()
    {
        { "JPEG", TestFiles.Image(40, 30, SKEncodedImageFormat.Jpeg), "image/jpeg" },
        { "PNG", TestFiles.Image(40, 30), "image/png" },
        { "GIF", Encoding.ASCII.GetBytes("GIF89a\u0001\0\u0001\0\0\0\0;"), "image/gif" },
        { "WebP", TestFiles.Image(40, 30, SKEncodedImageFormat.Webp), "image/webp" },
        { "PDF", TestFiles.Pdf(), "application/pdf" },
        { "DOC", TestFiles.Compound("WordDocument"), "application/msword" },
        { "XLS", TestFiles.Compound("Workbook"), "application/vnd.ms-excel" },
        { "PPT", TestFiles.Compound("PowerPoint Document"), "application/vnd.ms-powerpoint" },
        { "DOCX", TestFiles.Docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "XLSX", TestFiles.OpenXml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "PPTX", TestFiles.OpenXml("ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"), "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "ODT", TestFiles.OpenDocumentText(), "application/vnd.oasis.opendocument.text" },
    };

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "SVG", TestFiles.Svg(), "SVG" },
        { "HTML", TestFiles.Html(), "网页" },
        { "HTML after a byte-order mark and blank lines", [0xEF, 0xBB, 0xBF, .. "\r\n  <html><script>x</script></html>"u8.ToArray()], "网页" },
        { "Windows program", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0], "可执行程序" },
        { "shell script", "#!/bin/sh\nrm -rf /\n"u8.ToArray(), "可执行程序" },
        { "plain ZIP", TestFiles.Zip(), "压缩包" },
        { "DOCM (macro-enabled Word)", TestFiles.OpenXml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml"), "含宏" },
        { "DOCX carrying a VBA project", TestFiles.OpenXml("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "word/vbaProject.bin"), "含宏" },
        { "DOCX without its word/ folder", TestFiles.OpenXml("other/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"), "压缩包" },
        { "compound file of no Office kind", TestFiles.Compound("Contents"), "不是 Word 文档" },
        { "compound file cut short", TestFiles.Compound("WordDocument")[..700], "已损坏" },
        { "HEIC photo", [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c'], "HEIC" },
        { "plain text", "东河县老干部活动中心开放时间"u8.ToArray(), "只能上传" },
        { "empty file", [], "空的" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Detect_AcceptsTheKind_ByItsBytes(string kind, byte[] content, string contentType)
    {
        Assert.True(ContentSniffer.Detect(content).ContentType == contentType, kind);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Detect_RefusesWithAChineseSentence(string kind, byte[] content, string words)
    {
        var refused = Assert.Throws<MediaRejectedException>(() => ContentSniffer.Detect(content));
        Assert.True(refused.Message.Contains(words, StringComparison.Ordinal), $"{kind}: {refused.Message}");
    }

    [Fact]
    public void Detect_IgnoresTheName_APdfNamedDocxIsAPdf()
    {
        var type = ContentSniffer.Detect(TestFiles.Pdf());
        Assert.Equal("关于春节慰问的通知.pdf", Portal.Modules.Media.Features.Upload.UploadName.Clean("关于春节慰问的通知.docx", type.ExtensionFor("关于春节慰问的通知.docx")));
        Assert.Equal("合影.jpeg", Portal.Modules.Media.Features.Upload.UploadName.Clean(@"C:\fakepath\合影.jpeg", FileType.Jpeg.ExtensionFor("合影.jpeg")));
    }
}

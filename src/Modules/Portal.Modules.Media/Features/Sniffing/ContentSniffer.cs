using System.Text;
using Portal.Modules.Media.Contracts;

namespace Portal.Modules.Media.Features.Sniffing;

/// <summary>
/// Tells what a file is from its bytes, never from its name: a ".jpg" that is really a web page is refused, a
/// "通知.pdf" that is really a DOCX is a DOCX. Anything not on the list (SVG, HTML, programs, archives, macros) is refused
/// with a sentence the editor can act on.
/// </summary>
internal static class ContentSniffer
{
    public const string Unsupported = "只能上传 JPEG、PNG、GIF、WebP 图片，以及 PDF、Word、Excel、PowerPoint、WPS、OpenDocument 文档；这个文件的内容不是其中任何一种。";
    public const string Svg = "不能上传 SVG 图片：SVG 文件可以携带脚本。请先转换为 PNG 或 JPEG 再上传。";
    public const string Html = "这个文件的内容是网页（HTML/XML），不是图片或文档，不能上传（不论文件名是什么）。";
    public const string Program = "不能上传可执行程序或脚本文件。";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static FileType Detect(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            throw new MediaRejectedException("文件是空的，请重新选择。");
        }

        return content switch
        {
            [0xFF, 0xD8, 0xFF, ..] => FileType.Jpeg,
            _ when content.StartsWith(PngSignature) => FileType.Png,
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'7' or (byte)'9', (byte)'a', ..] => FileType.Gif,
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => FileType.Webp,
            [(byte)'%', (byte)'P', (byte)'D', (byte)'F', (byte)'-', ..] => FileType.Pdf,
            _ when content.StartsWith(CompoundFile.Signature) => CompoundFile.Detect(content),
            [(byte)'P', (byte)'K', 3, 4, ..] => OfficePackage.Detect(content),
            [(byte)'M', (byte)'Z', ..] or [0x7F, (byte)'E', (byte)'L', (byte)'F', ..] or [(byte)'#', (byte)'!', ..] => throw new MediaRejectedException(Program),
            [_, _, _, _, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', ..] =>
                throw new MediaRejectedException("苹果手机的 HEIC 照片暂不支持：请在手机“设置—相机—格式”中选“兼容性最佳”，或转换为 JPEG 后再上传。"),
            _ => throw new MediaRejectedException(MarkupMessage(content) ?? Unsupported),
        };
    }

    /// <summary>SVG and HTML get their own sentence: they are what an attacker would try, and what an editor should know not to use.</summary>
    private static string? MarkupMessage(ReadOnlySpan<byte> content)
    {
        var head = Encoding.UTF8.GetString(content[..Math.Min(content.Length, 4096)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!head.StartsWith('<'))
        {
            return null;
        }

        return head.Contains("<svg", StringComparison.OrdinalIgnoreCase) ? Svg : Html;
    }
}

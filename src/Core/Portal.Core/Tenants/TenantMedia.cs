using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Core.Tenants;

/// <summary>Files a tenant publishes (its logo, later attachments), kept in its own folder.</summary>
public sealed class TenantMedia(IOptions<PortalDataOptions> options)
{
    public const int MaxLogoBytes = 200 * 1024;

    // A PNG starts with these eight bytes whatever its name says.
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// Logos are PNG only, checked by content: an SVG is a document that can carry script, and a file named
    /// .png may be anything. Null when acceptable, else the Chinese reason.
    /// </summary>
    public static string? CheckLogo(string fileName, ReadOnlySpan<byte> content)
    {
        if (!Path.GetExtension(fileName).Equals(".png", StringComparison.OrdinalIgnoreCase))
        {
            return "标志只能是 PNG 图片（出于安全考虑不再接受 SVG，请先转换为 PNG）。";
        }

        if (content.Length > MaxLogoBytes)
        {
            return "标志文件不能超过 200KB。";
        }

        return content.StartsWith(PngSignature) ? null : "这个文件的内容不是 PNG 图片。";
    }

    public string Folder(string tenantName) => Path.Combine(options.Value.TenantFolder(tenantName), "media");

    /// <summary>Saves the logo under a name derived from its content, so a changed logo gets a new URL (and caches refresh).</summary>
    public async Task<string> SaveLogoAsync(string tenantName, byte[] content, CancellationToken cancellationToken = default)
    {
        var name = $"logo-{Convert.ToHexStringLower(SHA256.HashData(content))[..12]}.png";
        var folder = Folder(tenantName);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            await File.WriteAllBytesAsync(path, content, cancellationToken);
        }

        return name;
    }

    /// <summary>The file's path when the name is a plain file name inside the tenant's media folder.</summary>
    public string? Find(string tenantName, string fileName)
    {
        if (fileName.Length == 0 || fileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || fileName.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.Combine(Folder(tenantName), fileName);
        return File.Exists(path) ? path : null;
    }
}

using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Core.Data;

namespace Portal.Core.Tenants;

/// <summary>Files a tenant publishes (its logo, later attachments), kept in its own folder.</summary>
public sealed class TenantMedia(IOptions<PortalDataOptions> options)
{
    private static readonly string[] LogoExtensions = [".svg", ".png"];

    public static string? CheckLogoName(string fileName)
        => LogoExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant()) ? null : "标志只能是 SVG 或 PNG 文件。";

    public string Folder(string tenantName) => Path.Combine(options.Value.TenantFolder(tenantName), "media");

    /// <summary>Saves the logo under a name derived from its content, so a changed logo gets a new URL (and caches refresh).</summary>
    public async Task<string> SaveLogoAsync(string tenantName, string extension, byte[] content, CancellationToken cancellationToken = default)
    {
        var name = $"logo-{Convert.ToHexStringLower(SHA256.HashData(content))[..12]}{extension.ToLowerInvariant()}";
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

using System.Security.Cryptography;
using System.Text;
using Portal.Core.Tenants;
using Portal.Modules.Policies.Domain;
using UglyToad.PdfPig;

namespace Portal.Modules.Policies.Features.Attachments;

/// <summary>Attachment files in the tenant's media folder (policies/…), named by content hash; PDF text extracted for search.</summary>
internal sealed class PolicyAttachmentStore(TenantMedia media)
{
    public const long MaxBytes = 20 * 1024 * 1024;

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".ofd"] = "application/ofd",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".wps"] = "application/vnd.ms-works",
        [".txt"] = "text/plain; charset=utf-8",
        [".jpg"] = "image/jpeg",
        [".png"] = "image/png",
    };

    public static string? Check(string fileName, long length)
    {
        if (!Types.ContainsKey(Path.GetExtension(fileName)))
        {
            return "附件只能是 PDF、OFD、Word、Excel、WPS、TXT 或图片文件。";
        }

        return length > MaxBytes ? "附件不能超过 20MB。" : null;
    }

    public async Task<PolicyAttachment> SaveAsync(string tenantName, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var stored = Convert.ToHexStringLower(SHA256.HashData(content))[..24] + extension;
        var folder = Folder(tenantName);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, stored);
        if (!File.Exists(path))
        {
            await File.WriteAllBytesAsync(path, content, cancellationToken);
        }

        return new PolicyAttachment
        {
            FileName = Path.GetFileName(fileName),
            StoredName = stored,
            ContentType = Types[extension],
            Length = content.Length,
            ExtractedText = ExtractText(extension, content),
        };
    }

    public string? Find(string tenantName, string storedName)
    {
        var path = Path.Combine(Folder(tenantName), Path.GetFileName(storedName));
        return File.Exists(path) ? path : null;
    }

    /// <summary>Text for the index; null when the file holds none we can read (a scan, a Word file).</summary>
    public static string? ExtractText(string extension, byte[] content)
    {
        try
        {
            switch (extension)
            {
                case ".pdf":
                    using (var pdf = PdfDocument.Open(content))
                    {
                        var text = string.Join('\n', pdf.GetPages().Select(page => page.Text));
                        return string.IsNullOrWhiteSpace(text) ? null : text;
                    }

                case ".txt":
                    return Encoding.UTF8.GetString(content);
                default:
                    return null;
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A damaged PDF is still a valid attachment; it just is not searchable.
            return null;
        }
    }

    private string Folder(string tenantName) => Path.Combine(media.Folder(tenantName), "policies");
}

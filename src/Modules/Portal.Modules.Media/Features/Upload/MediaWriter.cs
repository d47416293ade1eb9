using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core.Security;
using Portal.Core.Tenants;
using Portal.Modules.Media.Contracts;
using Portal.Modules.Media.Domain;
using Portal.Modules.Media.Features.Images;
using Portal.Modules.Media.Features.Sniffing;
using Portal.Modules.Media.Features.Store;
using Portal.Modules.Media.Persistence;

namespace Portal.Modules.Media.Features.Upload;

/// <summary>
/// The one write path of the library: the admin page and <see cref="IMediaFiles"/> (other modules) both come here.
/// Checks size and type by content, re-encodes images, stores the files, then the row; the same bytes uploaded again
/// return the existing file (a deleted one comes back under its old id: same id, same bytes, so cached URLs stay true).
/// </summary>
internal sealed class MediaWriter(MediaDbContext db, MediaFolder folder, TenantContext tenant, IOptions<MediaOptions> options, IAuditLog audit, TimeProvider clock)
{
    public const string NotFound = "这个文件不存在或已被删除。";

    public async Task<MediaItem> AddAsync(string fileName, Stream content, string? altText, string user, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        var bytes = await ReadAsync(content, limits, cancellationToken);
        var type = ContentSniffer.Detect(bytes);
        var limit = type.Kind == MediaKind.Image ? limits.MaxImageBytes : limits.MaxDocumentBytes;
        if (bytes.Length > limit)
        {
            throw new MediaRejectedException($"{(type.Kind == MediaKind.Image ? "图片" : "文档")}不能超过 {MediaOptions.Megabytes(limit)}，这个文件有 {MediaOptions.Megabytes(bytes.Length)}。");
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var existing = await db.Items.FirstOrDefaultAsync(i => i.Sha256 == sha, cancellationToken);
        if (existing is { DeletedUtc: null })
        {
            await audit.WriteAsync(new AuditEntry(MediaAuditActions.Upload, existing.FileName) { Detail = "与已有文件内容相同，未重复保存" }, cancellationToken);
            return existing;
        }

        var item = existing ?? new MediaItem { Sha256 = sha };
        await StoreAsync(item, type, fileName, bytes, cancellationToken);
        item.AltText = Clean(altText) ?? item.AltText;
        item.UploadedBy = user;
        item.UploadedUtc = clock.GetUtcNow().UtcDateTime;
        item.DeletedUtc = null;
        item.Version++;
        if (existing is null)
        {
            db.Items.Add(item);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // The same bytes uploaded at the same moment by someone else: theirs is the file.
            db.ChangeTracker.Clear();
            return await db.Items.AsNoTracking().FirstAsync(i => i.Sha256 == sha, cancellationToken);
        }

        await audit.WriteAsync(new AuditEntry(MediaAuditActions.Upload, item.FileName) { Detail = $"编号 {item.Id}，{item.ContentType}，{MediaOptions.Megabytes(item.Length)}" }, cancellationToken);
        return item;
    }

    public async Task<MediaItem> SetAltTextAsync(long id, int version, string? altText, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        if (item.Version != version)
        {
            throw new MediaRejectedException("这个文件刚被别人修改过，请刷新页面后再改。");
        }

        item.AltText = Clean(altText);
        item.Version++;
        await db.SaveChangesAsync(cancellationToken);
        await audit.WriteAsync(new AuditEntry(MediaAuditActions.AltText, item.FileName) { Detail = item.AltText ?? "（清空）" }, cancellationToken);
        return item;
    }

    /// <summary>The row stays (its id is never reused); the files go, so its URLs answer 404.</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        item.DeletedUtc = clock.GetUtcNow().UtcDateTime;
        item.Version++;
        await db.SaveChangesAsync(cancellationToken);
        foreach (var width in item.Kind == MediaKind.Image ? ImageWidths.StoredFor(item.Width ?? 0).Select(w => (int?)w).Append(null) : [null])
        {
            folder.Delete(tenant.Tenant.Name, MediaFolder.NameOf(item.StoredName, width));
        }

        await audit.WriteAsync(new AuditEntry(MediaAuditActions.Delete, item.FileName) { Detail = $"编号 {item.Id}" }, cancellationToken);
    }

    private async Task StoreAsync(MediaItem item, FileType type, string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        var site = tenant.Tenant.Name;
        var stem = item.Sha256[..32];
        if (type.Kind == MediaKind.Image)
        {
            var image = ImageProcessor.Process(type, bytes);
            item.StoredName = stem + image.Type.Extension;
            foreach (var (width, content) in image.Widths)
            {
                await folder.WriteAsync(site, MediaFolder.NameOf(item.StoredName, width), content, cancellationToken);
            }

            await folder.WriteAsync(site, item.StoredName, image.Original, cancellationToken);
            (item.ContentType, item.Length, item.Width, item.Height) = (image.Type.ContentType, image.Original.Length, image.Width, image.Height);
            item.FileName = UploadName.Clean(fileName, image.Type.ExtensionFor(fileName));
        }
        else
        {
            item.StoredName = stem + type.Extension;
            await folder.WriteAsync(site, item.StoredName, bytes, cancellationToken);
            (item.ContentType, item.Length, item.Width, item.Height) = (type.ContentType, bytes.Length, null, null);
            item.FileName = UploadName.Clean(fileName, type.ExtensionFor(fileName));
        }

        item.Kind = type.Kind;
    }

    private async Task<MediaItem> FindAsync(long id, CancellationToken cancellationToken)
        => await db.Items.FirstOrDefaultAsync(i => i.Id == id && i.DeletedUtc == null, cancellationToken) ?? throw new MediaRejectedException(NotFound);

    /// <summary>Reads at most the larger limit + one chunk: enough to know a file is too large without holding all of it.</summary>
    private static async Task<byte[]> ReadAsync(Stream content, MediaOptions limits, CancellationToken cancellationToken)
    {
        var limit = Math.Max(limits.MaxImageBytes, limits.MaxDocumentBytes);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw new MediaRejectedException($"文件太大：文档不能超过 {MediaOptions.Megabytes(limits.MaxDocumentBytes)}，图片不能超过 {MediaOptions.Megabytes(limits.MaxImageBytes)}。");
            }
        }

        return buffer.ToArray();
    }

    private static string? Clean(string? altText) => string.IsNullOrWhiteSpace(altText) ? null : altText.Trim()[..Math.Min(altText.Trim().Length, 300)];
}

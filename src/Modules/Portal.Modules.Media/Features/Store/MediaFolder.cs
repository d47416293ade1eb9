using Portal.Core.Tenants;

namespace Portal.Modules.Media.Features.Store;

/// <summary>
/// The library's files in the site's own media folder (Sites/{site}/media/library/), beside its logo and the policy
/// attachments, so the site's backup copies them. Names are content hashes: writing the same bytes twice is harmless.
/// </summary>
internal sealed class MediaFolder(TenantMedia media)
{
    public string Folder(string tenantName) => Path.Combine(media.Folder(tenantName), "library");

    /// <summary>The stored name of the original or of one width: "3f2a….jpg", "3f2a…-w640.jpg".</summary>
    public static string NameOf(string storedName, int? width)
        => width is { } w ? $"{Path.GetFileNameWithoutExtension(storedName)}-w{w}{Path.GetExtension(storedName)}" : storedName;

    public async Task WriteAsync(string tenantName, string name, byte[] content, CancellationToken cancellationToken)
    {
        var folder = Folder(tenantName);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        if (File.Exists(path))
        {
            return;
        }

        // Written under a temporary name and moved: a reader never sees half a file at its final name.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public string? Find(string tenantName, string name)
    {
        var path = Path.Combine(Folder(tenantName), Path.GetFileName(name));
        return File.Exists(path) ? path : null;
    }

    public void Delete(string tenantName, string name)
    {
        var path = Path.Combine(Folder(tenantName), Path.GetFileName(name));
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}

using Portal.Core.Data;

namespace Portal.Core.Backup;

/// <summary>manifest.json of a site backup: what is in the folder and where it came from.</summary>
public sealed record BackupManifest(int Format, string Tenant, DatabaseProvider Provider, string DatabaseFile, DateTime CreatedUtc)
{
    public const int CurrentFormat = 1;
    public const string FileName = "manifest.json";
    public const string RegistryFileName = "registry.json";
    public const string KeysFileName = "keys.json";
    public const string FilesFolder = "files";
}

using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tenants;

namespace Portal.Core.Backup;

/// <summary>
/// Backs up one site into a folder and restores it (ADR 0019): its database (SQLite online backup or
/// pg_dump), its files (media, uploads; not the search indexes, which are rebuilt from the database)
/// and its registry entry. A running site is only restored over with force, and is offline meanwhile.
/// </summary>
public sealed class TenantBackupService(TenantStore store, DatabaseConnections connections, PostgresTools postgres, SealedKeys keys, IOptions<PortalDataOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>Folders under a site's folder that are rebuilt from the database and never copied.</summary>
    private static readonly string[] Rebuildable = ["indexes"];

    public async Task<BackupManifest> BackupAsync(string name, string folder, CancellationToken cancellationToken = default)
    {
        var tenant = await store.FindAsync(name, cancellationToken) ?? throw new PortalException($"站点“{name}”不存在。");
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new PortalException($"备份目录“{folder}”不是空的，请换一个目录。");
        }

        Directory.CreateDirectory(folder);
        var databaseFile = tenant.DatabaseProvider == DatabaseProvider.Sqlite ? "database.sqlite" : "database.pgdump";
        if (tenant.DatabaseProvider == DatabaseProvider.Sqlite)
        {
            SqliteBackup.Copy(connections.ConnectionString(tenant.Database), Path.Combine(folder, databaseFile));
        }
        else
        {
            await postgres.DumpAsync(connections.ConnectionString(tenant.Database), Path.Combine(folder, databaseFile), cancellationToken);
        }

        CopyFiles(options.Value.TenantFolder(name), Path.Combine(folder, BackupManifest.FilesFolder));
        await File.WriteAllTextAsync(Path.Combine(folder, BackupManifest.RegistryFileName), JsonSerializer.Serialize(tenant, Json), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, BackupManifest.KeysFileName), JsonSerializer.Serialize(await keys.ReadAsync(name, cancellationToken), Json), cancellationToken);
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, name, tenant.DatabaseProvider, databaseFile, DateTime.UtcNow);
        await File.WriteAllTextAsync(Path.Combine(folder, BackupManifest.FileName), JsonSerializer.Serialize(manifest, Json), cancellationToken);
        return manifest;
    }

    /// <summary>
    /// Restores the site from <paramref name="folder"/>. A site in state Running is refused unless
    /// <paramref name="force"/>; then it is disabled (every node evicts it within the change-feed
    /// interval), restored, and put back in its previous state.
    /// </summary>
    public async Task<Tenant> RestoreAsync(string name, string folder, bool force, CancellationToken cancellationToken = default)
    {
        var manifest = await ReadAsync<BackupManifest>(Path.Combine(folder, BackupManifest.FileName), cancellationToken);
        var saved = await ReadAsync<Tenant>(Path.Combine(folder, BackupManifest.RegistryFileName), cancellationToken);
        if (manifest.Format != BackupManifest.CurrentFormat || manifest.Tenant != name || saved.Name != name)
        {
            throw new PortalException($"备份目录“{folder}”不是站点 {name} 的备份（备份的是 {manifest.Tenant}）。");
        }

        var existing = await store.FindAsync(name, cancellationToken);
        if (existing is not null && existing.DatabaseProvider != manifest.Provider)
        {
            throw new PortalException($"站点 {name} 使用 {existing.DatabaseProvider} 数据库，备份来自 {manifest.Provider}，不能直接恢复。");
        }

        if (existing is { State: TenantState.Running } && !force)
        {
            throw new PortalException($"站点 {name} 正在运行。恢复会覆盖它的全部数据：请先停用（tenants disable {name}），或加 --force 让恢复期间自动停用。");
        }

        var stateAfter = existing?.State == TenantState.Disabled ? TenantState.Disabled : saved.State;
        if (existing is null)
        {
            await store.CreateAsync(await DraftAsync(saved, cancellationToken), cancellationToken);
        }
        else if (existing.State != TenantState.Disabled)
        {
            await store.UpdateAsync(name, t => t.State = TenantState.Disabled, cancellationToken: cancellationToken);
            // Every node applies the change feed within one poll interval, evicts the site and lets go of its connections.
            await Task.Delay(options.Value.ChangePollInterval * 2 + TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        var target = (await store.FindAsync(name, cancellationToken))!.Database;
        connections.ReleaseConnections(target);
        var database = Path.Combine(folder, manifest.DatabaseFile);
        if (manifest.Provider == DatabaseProvider.Sqlite)
        {
            await connections.EnsureDatabaseAsync(target, cancellationToken);
            SqliteBackup.Copy($"Data Source={database};Mode=ReadOnly;Pooling=False", connections.ConnectionString(target) + ";Pooling=False");
        }
        else
        {
            await postgres.RestoreAsync(connections.ConnectionString(target), database, cancellationToken);
        }

        ReplaceFiles(Path.Combine(folder, BackupManifest.FilesFolder), options.Value.TenantFolder(name));
        if (File.Exists(Path.Combine(folder, BackupManifest.KeysFileName)))
        {
            await keys.RestoreAsync(name, await ReadAsync<List<Data.Protection.TenantKey>>(Path.Combine(folder, BackupManifest.KeysFileName), cancellationToken), cancellationToken);
        }

        return await store.UpdateAsync(name, t =>
        {
            t.DisplayName = saved.DisplayName;
            t.Theme = saved.Theme;
            t.Branding = saved.Branding;
            t.Features = saved.Features;
            t.ChildFeatureCap = saved.ChildFeatureCap;
            t.State = stateAfter;
        }, cancellationToken: cancellationToken);
    }

    private async Task<TenantDraft> DraftAsync(Tenant saved, CancellationToken cancellationToken)
    {
        // Moved to another platform: keep the parent when it exists there, else the site stands alone.
        var parent = saved.ParentName is { } p && await store.FindAsync(p, cancellationToken) is not null ? p : null;
        return new TenantDraft(saved.Name, saved.DisplayName)
        {
            Prefix = saved.Prefix,
            Hosts = saved.Hosts,
            Parent = parent,
            Theme = saved.Theme,
            Provider = saved.DatabaseProvider,
            // The same named server when this platform knows it, else the default one.
            Server = connections.IsKnownServer(saved.DatabaseServer) ? saved.DatabaseServer : null,
            Features = saved.Features,
        };
    }

    private static async Task<T> ReadAsync<T>(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new PortalException($"找不到备份文件“{path}”。");
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken) ?? throw new PortalException($"备份文件“{path}”是空的。");
    }

    private static void CopyFiles(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (IsDatabaseFile(relative) || Rebuildable.Any(r => relative.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The site's files become those of the backup; its indexes are dropped so they are rebuilt from the restored database.</summary>
    private static void ReplaceFiles(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var entry in Directory.EnumerateFileSystemEntries(to).Where(e => !IsDatabaseFile(Path.GetFileName(e))))
        {
            if (Directory.Exists(entry))
            {
                Directory.Delete(entry, recursive: true);
            }
            else
            {
                File.Delete(entry);
            }
        }

        CopyFiles(from, to);
    }

    private static bool IsDatabaseFile(string relativePath) => relativePath.StartsWith("portal.db", StringComparison.Ordinal);
}

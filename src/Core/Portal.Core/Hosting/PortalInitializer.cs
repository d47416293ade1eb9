using Microsoft.Extensions.Options;
using Portal.Core.Data;
using Portal.Core.Tenants;

namespace Portal.Core.Hosting;

/// <summary>Prepares the data folder and the host database. Constant work, whatever the number of tenants.</summary>
public sealed class PortalInitializer(IOptions<PortalDataOptions> options, DatabaseConnections connections, SchemaMigrator migrator, TenantStore store)
{
    /// <summary>Returns true when the registry is empty (a first run).</summary>
    public async Task<bool> InitializeAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        Directory.CreateDirectory(settings.DataFolder);
        await connections.EnsureDatabaseAsync(settings.Provider, DatabaseConnections.HostDatabase, cancellationToken);
        await migrator.ApplyAsync(settings.Provider, DatabaseConnections.HostDatabase, [HostSchema.Id], cancellationToken);
        var (_, total) = await store.ListAsync(0, 0, cancellationToken: cancellationToken);
        return total == 0;
    }
}

using Microsoft.EntityFrameworkCore;

namespace Portal.Core.Data;

/// <summary>
/// The tables a module owns in a tenant database. A fresh database gets the current model in one go;
/// an older one is brought forward through the upgrades, one version at a time (see ADR 0003).
/// </summary>
public interface IModuleSchema
{
    /// <summary>The module (feature) whose enabling creates these tables.</summary>
    string ModuleId { get; }

    /// <summary>
    /// The key of these tables in portal_schema: an explicit string that never changes, so moving or
    /// renaming the DbContext class does not make an old database look empty.
    /// </summary>
    string SchemaId { get; }

    /// <summary>The version the current model corresponds to.</summary>
    int Version { get; }

    /// <summary>The DbContext; its CLR name was the key before schema ids (read once to carry old databases over).</summary>
    Type DbContextType { get; }

    IReadOnlyList<SchemaUpgrade> Upgrades { get; }

    DbContext CreateContext(Action<DbContextOptionsBuilder> configure);
}

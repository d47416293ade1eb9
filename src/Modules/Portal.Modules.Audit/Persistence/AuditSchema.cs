using Portal.Core.Data;

namespace Portal.Modules.Audit.Persistence;

internal sealed class AuditSchema : ModuleSchema<AuditDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0014).</summary>
    public override string SchemaId => "audit";
}

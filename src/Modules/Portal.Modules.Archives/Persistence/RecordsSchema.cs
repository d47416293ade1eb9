using Portal.Core.Data;

namespace Portal.Modules.Archives.Persistence;

internal sealed class RecordsSchema : ModuleSchema<RecordsDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0014).</summary>
    public override string SchemaId => "archives.records";
}

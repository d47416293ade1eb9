using Portal.Core.Data;

namespace Portal.Modules.Policies.Persistence;

internal sealed class SearchLogSchema : ModuleSchema<SearchLogDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0014).</summary>
    public override string SchemaId => "policies.search-log";
}

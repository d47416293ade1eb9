using Portal.Core.Data;

namespace Portal.Modules.Policies.Features.IndexPolicies;

internal sealed class IndexLeaseSchema : ModuleSchema<IndexLeaseDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0014).</summary>
    public override string SchemaId => "policies.index-lease";
}

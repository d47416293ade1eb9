using Portal.Core.Data;

namespace Portal.Modules.Policies.Features.IndexPolicies;

internal sealed class IndexLeaseSchema : ModuleSchema<IndexLeaseDbContext>
{
    public override string ModuleId => Manifest.Id;
}

using Portal.Core.Data;

namespace Portal.Modules.Policies.Persistence;

internal sealed class PoliciesSchema : ModuleSchema<PoliciesDbContext>
{
    public override string ModuleId => Manifest.Id;
}

using Portal.Core.Data;

namespace Portal.Modules.Policies.Persistence;

internal sealed class SearchLogSchema : ModuleSchema<SearchLogDbContext>
{
    public override string ModuleId => Manifest.Id;
}

using Portal.Core.Data;

namespace Portal.Core.Tenants;

internal sealed class HostSchema : ModuleSchema<HostDbContext>
{
    public const string Id = "Portal.Host";

    public override string ModuleId => Id;
}

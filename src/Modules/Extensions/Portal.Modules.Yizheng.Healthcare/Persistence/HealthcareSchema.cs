using Portal.Core.Data;

namespace Portal.Modules.Yizheng.Healthcare.Persistence;

internal sealed class HealthcareSchema : ModuleSchema<HealthcareDbContext>
{
    public override string ModuleId => Manifest.Id;
}

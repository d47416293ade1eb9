using Portal.Core.Data;

namespace Portal.Modules.Yizheng.Healthcare.Persistence;

internal sealed class HealthcareSchema : ModuleSchema<HealthcareDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0015).</summary>
    public override string SchemaId => "yizheng.healthcare";
}

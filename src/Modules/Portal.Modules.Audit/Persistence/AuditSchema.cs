using Portal.Core.Data;

namespace Portal.Modules.Audit.Persistence;

internal sealed class AuditSchema : ModuleSchema<AuditDbContext>
{
    public override string ModuleId => Manifest.Id;
}

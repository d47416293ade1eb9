using Portal.Core.Data;

namespace Portal.Modules.Users.Features.Settings;

internal sealed class SecuritySchema : ModuleSchema<SecurityDbContext>
{
    public override string ModuleId => Manifest.Id;

    /// <summary>Key in portal_schema; never change it (see ADR 0014).</summary>
    public override string SchemaId => "users.security";
}

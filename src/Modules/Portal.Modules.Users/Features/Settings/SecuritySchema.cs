using Portal.Core.Data;

namespace Portal.Modules.Users.Features.Settings;

internal sealed class SecuritySchema : ModuleSchema<SecurityDbContext>
{
    public override string ModuleId => Manifest.Id;
}
